package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.pension.PensionRequest;
import org.shebao.calcservice.calc.pension.ProjectionRequest;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.Region;

/**
 * A projection from today to retirement: account growth and pension at the statutory, earliest and latest months.
 *
 * @param currentWage           this year's monthly contribution base
 * @param annualWageGrowth      assumed yearly growth of wages and of the 计发基数, e.g. 0.03
 * @param annualAccountInterest assumed yearly 记账利率 of the personal account, e.g. 0.025
 * @param accountRate           share of the base credited to the account; 0.08 when absent
 */
@Schema(description = "Pension projection request")
public record ProjectionQuery(
        @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "440100") String regionCode,
        @Schema(examples = "MALE") RetirementCategory category,
        @Schema(type = SchemaType.STRING, examples = "1980-03") YearMonth birthMonth,
        @Schema(examples = "12000") BigDecimal currentWage,
        @Schema(examples = "1.0") BigDecimal averageIndex,
        @Schema(examples = "80000") BigDecimal currentBalance,
        @Schema(examples = "20") BigDecimal contributionYears,
        BigDecimal deemedYears,
        BigDecimal transitionalIndex,
        @Schema(examples = "0.03") BigDecimal annualWageGrowth,
        @Schema(examples = "0.025") BigDecimal annualAccountInterest,
        BigDecimal accountRate,
        @Valid PensionRequest.Overrides overrides) {

    public ProjectionRequest toRequest() {
        return new ProjectionRequest(category, birthMonth, currentWage, averageIndex, currentBalance,
                contributionYears, deemedYears, transitionalIndex, annualWageGrowth, annualAccountInterest, accountRate,
                overrides);
    }
}
