package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.pension.PensionRequest;
import org.shebao.calcservice.calc.pension.ProjectionRequest;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.Region;
import org.shebao.contract.payload.Gender;
import org.shebao.contract.payload.JobPosition;

/**
 * A projection from today to retirement: account growth and pension at the statutory, earliest and latest months.
 *
 * @param category              the retirement category; or {@code gender} with {@code position}
 * @param currentWage           this month's wage; credited within the region's 缴费基数上下限
 * @param annualWageGrowth      assumed yearly growth of the wage, e.g. 0.03
 * @param annualAccountInterest assumed yearly 记账利率 of the personal account, e.g. 0.025
 * @param accountRate           share of the base credited to the account; 0.08 when absent
 * @param baseGrowthRate        assumed yearly growth of the 计发基数 and of the base bounds; annualWageGrowth when absent
 */
@Schema(description = "Pension projection request")
public record ProjectionQuery(
        @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "440100") String regionCode,
        @Schema(examples = "MALE") RetirementCategory category,
        Gender gender,
        JobPosition position,
        @Schema(type = SchemaType.STRING, examples = "1980-03", required = true) YearMonth birthMonth,
        @Schema(examples = "12000") BigDecimal currentWage,
        @Schema(examples = "1.0") BigDecimal averageIndex,
        @Schema(examples = "80000") BigDecimal currentBalance,
        @Schema(examples = "20") BigDecimal contributionYears,
        BigDecimal deemedYears,
        @Schema(description = "视同 plus actual contribution years before the region's personal accounts began")
        BigDecimal yearsBeforeAccount,
        @Schema(description = "the actual part of yearsBeforeAccount (北京 G实)") BigDecimal actualYearsBeforeAccount,
        @Schema(description = "上海 虚账实记 balance") BigDecimal notionalAccountBalance,
        BigDecimal transitionalIndex,
        @Schema(examples = "0.03", required = true) BigDecimal annualWageGrowth,
        @Schema(examples = "0.025", required = true) BigDecimal annualAccountInterest,
        BigDecimal accountRate,
        @Valid PensionRequest.Overrides overrides,
        BigDecimal baseGrowthRate) {

    /**
     * The calculation's request, with the category as given or as mapped from gender and position.
     *
     * @param place the region codes of {@code regionCode}, from the most local up
     */
    public ProjectionRequest toRequest(RetirementCategory category, List<String> place) {
        return new ProjectionRequest(category, birthMonth, currentWage, averageIndex, currentBalance,
                contributionYears, deemedYears, yearsBeforeAccount, actualYearsBeforeAccount, notionalAccountBalance,
                transitionalIndex, annualWageGrowth, annualAccountInterest, accountRate,
                overrides, baseGrowthRate, place);
    }
}
