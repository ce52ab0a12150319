package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.pension.PensionRequest;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.Region;
import org.shebao.contract.payload.Gender;
import org.shebao.contract.payload.JobPosition;
import org.shebao.contract.payload.PensionPolicy;

/**
 * A pension estimate at retirement.
 *
 * @param regionCode        whose PENSION policy applies; may be omitted when {@code overrides} give every figure
 * @param category          the retirement category; or {@code gender} with {@code position} (mapped by policy data)
 * @param baseGrowthRate    yearly growth of the 计发基数 for a retirement year whose base must be projected; defaults
 *                          to the region's last published growth
 * @param retirementMonth   defaults to the statutory month
 * @param contributionYears decimal years (months ÷ 12), deemed years included; the other year counts are part of it
 *                          (see {@link PensionRequest})
 * @param overrides         figures from the person's own record, replacing the policy's (what-if)
 * @param policyOverride    a complete PENSION payload used instead of the published one (what-if)
 */
@Schema(description = "Pension estimate request")
public record PensionQuery(
        @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "440100") String regionCode,
        @Schema(examples = "MALE") RetirementCategory category,
        @Schema(examples = "FEMALE") Gender gender,
        @Schema(examples = "MANAGEMENT_OR_TECHNICAL") JobPosition position,
        @Schema(type = SchemaType.STRING, examples = "1965-05", required = true) YearMonth birthMonth,
        @Schema(type = SchemaType.STRING, examples = "2025-07") YearMonth retirementMonth,
        @Schema(examples = "35") BigDecimal contributionYears,
        @Schema(examples = "5") BigDecimal deemedYears,
        @Schema(examples = "6.5") BigDecimal yearsBeforeAccount,
        @Schema(examples = "1.5") BigDecimal actualYearsBeforeAccount,
        @Schema(examples = "1.0") BigDecimal averageIndex,
        @Schema(examples = "200000") BigDecimal personalAccountBalance,
        @Schema(examples = "1.1") BigDecimal transitionalIndex,
        @Schema(examples = "24000") BigDecimal notionalAccountBalance,
        @Valid PensionRequest.Overrides overrides,
        @Valid PensionPolicy policyOverride,
        @Schema(examples = "0.02") BigDecimal baseGrowthRate) {

    /**
     * The calculation's request, with the category as given or as mapped from gender and position.
     *
     * @param place the region codes of {@code regionCode}, from the most local up
     */
    public PensionRequest toRequest(RetirementCategory category, List<String> place) {
        return new PensionRequest(category, birthMonth, retirementMonth, contributionYears, deemedYears,
                yearsBeforeAccount, actualYearsBeforeAccount, averageIndex, personalAccountBalance, transitionalIndex,
                notionalAccountBalance, overrides, place);
    }
}
