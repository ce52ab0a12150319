package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.pension.Assumption;
import org.shebao.calcservice.calc.pension.ProjectionResult;
import org.shebao.calcservice.calc.retirement.CategoryResolution;
import org.shebao.calcservice.calc.retirement.RetirementCategory;

/**
 * Projected balance and pension for three retirement months; a scenario is left out when it cannot be projected.
 *
 * @param creditedWage  the wage credited this month: the current wage within the region's 缴费基数上下限
 * @param monthlyCredit what it pays into the personal account this month
 * @param assumptions   every assumed figure the projection rests on, with where it comes from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Pension projection answer")
public record ProjectionAnswer(
        String regionCode,
        RetirementCategory category,
        CategoryMapping categoryMapping,
        @Schema(examples = "27549") BigDecimal creditedWage,
        @Schema(examples = "2203.92") BigDecimal monthlyCredit,
        Scenario statutory,
        Scenario earliest,
        Scenario latest,
        List<Assumption> assumptions) {

    /**
     * @param contributionYears years at retirement, including those still to be paid
     * @param projectedBalance  个人账户储存额 at retirement
     * @param averageIndex      平均缴费指数 at retirement, from the index so far and the credited wage against the
     *                          计发基数 of each month paid
     * @param pension           the estimate at that month, in that year's money
     */
    public record Scenario(@Schema(type = SchemaType.STRING, examples = "2043-03") YearMonth retirementMonth,
            BigDecimal contributionYears, BigDecimal projectedBalance, BigDecimal averageIndex,
            PensionAnswer pension) {

        static Scenario of(ProjectionResult.Scenario scenario) {
            return scenario == null ? null : new Scenario(scenario.retirementMonth(), scenario.contributionYears(),
                    scenario.projectedBalance(), scenario.averageIndex(), PensionAnswer.of(scenario.pension(),
                            scenario.calculationBaseYear(), scenario.calculationBaseStatus()));
        }
    }

    public static ProjectionAnswer of(String regionCode, CategoryResolution.Resolved category,
            ProjectionResult result) {
        return new ProjectionAnswer(regionCode, category.category(), CategoryMapping.of(category),
                result.creditedWage(), result.monthlyCredit(), Scenario.of(result.statutory()),
                Scenario.of(result.earliest()), Scenario.of(result.latest()), result.assumptions());
    }
}
