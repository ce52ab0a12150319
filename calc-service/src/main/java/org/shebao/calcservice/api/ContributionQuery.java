package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.contribution.ContributionRequest;
import org.shebao.contract.Region;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ParticipantType;

/**
 * A monthly contribution bill to calculate.
 *
 * @param wage           本人上年度月平均工资 (the previous year's average monthly wage, on which the law bases
 *                       contributions), or for FLEXIBLE the chosen base, in 元; clamped to the bounds
 * @param base           an explicit 缴费基数 instead of {@code wage} (exclusive with it); also clamped
 * @param policyOverride a complete CONTRIBUTION payload (e.g. a draft) used instead of the published one (what-if); its
 *                       schedule's own housing-fund rule, when present, replaces the HOUSING_FUND policy
 */
@Schema(description = "Contribution request")
public record ContributionQuery(
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "110000") String regionCode,
        @Schema(examples = "EMPLOYEE", required = true) ParticipantType participantType,
        @Schema(type = SchemaType.STRING, examples = "2025-07", required = true)
        YearMonth month,
        @Schema(description = "本人上年度月平均工资 in 元 (or a flexible worker's chosen base); give this or `base`",
                examples = "10000") BigDecimal wage,
        @Schema(description = "An explicit 缴费基数 in 元 instead of `wage`; clamped to the bounds like it")
        BigDecimal base,
        @Schema(description = "The employer's 工伤 rate, within the policy's range", examples = "0.004")
        BigDecimal workInjuryRate,
        @Schema(description = "Also compute 住房公积金 from the region's HOUSING_FUND policy for the month")
        Boolean includeHousingFund,
        @Schema(description = "The employer's 公积金 rate, within the HOUSING_FUND range (no default)", examples = "0.12")
        BigDecimal housingFundEmployerRate,
        @Schema(description = "The employee's 公积金 rate, within the HOUSING_FUND range (no default)", examples = "0.12")
        BigDecimal housingFundEmployeeRate,
        @Valid ContributionPolicy policyOverride) {

    /** Which input the bill is computed on; null when neither or both were given (a 400). */
    public ContributionBasis basis() {
        if ((wage == null) == (base == null)) {
            return null;
        }
        return wage != null ? ContributionBasis.WAGE : ContributionBasis.BASE;
    }

    public ContributionRequest toRequest() {
        return new ContributionRequest(participantType, month, wage != null ? wage : base, workInjuryRate,
                includeHousingFund, housingFundEmployerRate, housingFundEmployeeRate);
    }
}
