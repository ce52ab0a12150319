package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.pension.ProjectionResult;

/** Projected balance and pension for three retirement months; a scenario is left out when it cannot be projected. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Pension projection answer")
public record ProjectionAnswer(
        String regionCode,
        Scenario statutory,
        Scenario earliest,
        Scenario latest) {

    /**
     * @param contributionYears years at retirement, including those still to be paid
     * @param projectedBalance  个人账户储存额 at retirement
     * @param pension           the estimate at that month, in that year's money
     */
    public record Scenario(@Schema(type = SchemaType.STRING, examples = "2043-03") YearMonth retirementMonth,
            BigDecimal contributionYears, BigDecimal projectedBalance, PensionAnswer pension) {

        static Scenario of(ProjectionResult.Scenario scenario) {
            return scenario == null ? null : new Scenario(scenario.retirementMonth(), scenario.contributionYears(),
                    scenario.projectedBalance(), PensionAnswer.of(null, scenario.pension()));
        }
    }

    public static ProjectionAnswer of(String regionCode, ProjectionResult result) {
        return new ProjectionAnswer(regionCode, Scenario.of(result.statutory()), Scenario.of(result.earliest()),
                Scenario.of(result.latest()));
    }
}
