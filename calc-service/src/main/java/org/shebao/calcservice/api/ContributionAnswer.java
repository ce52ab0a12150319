package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.contribution.BaseAdjustment;
import org.shebao.calcservice.calc.contribution.ContributionResult;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;

/** A monthly contribution bill. {@code housingFund} only when asked for and computed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Contribution answer")
public record ContributionAnswer(
        String regionCode,
        ParticipantType participantType,
        @Schema(type = SchemaType.STRING, examples = "2025-07") YearMonth month,
        @Schema(description = "WAGE or BASE: which input the lines' bases were clamped from") ContributionBasis basis,
        List<Line> lines,
        Totals totals,
        PersonalAccounts personalAccounts,
        HousingFund housingFund) {

    /** One insurance line; null fields inside it mean unknown (or, for base and rates, a fixed-amount line). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ContributionBillLine")
    public record Line(InsuranceType insurance, String label, BigDecimal base, BaseAdjustment baseAdjustment,
            BigDecimal employerRate, BigDecimal employeeRate, BigDecimal employerAmount, BigDecimal employeeAmount) {
    }

    /** Monthly credits to the 养老 and 医疗 personal accounts. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PersonalAccounts(BigDecimal pension, BigDecimal medical) {
    }

    /** 住房公积金 with its own bounds and rates; not part of the totals. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HousingFund(BigDecimal base, BaseAdjustment baseAdjustment, BigDecimal employerRate,
            BigDecimal employeeRate, BigDecimal employerAmount, BigDecimal employeeAmount) {
    }

    public static ContributionAnswer of(ContributionQuery query, ContributionResult result) {
        ContributionResult.HousingFund fund = result.housingFund();
        return new ContributionAnswer(query.regionCode(), query.participantType(), query.month(), query.basis(),
                result.lines().stream().map(l -> new Line(l.insurance(), l.label(), l.base(), l.baseAdjustment(),
                        l.employerRate(), l.employeeRate(), l.employerAmount(), l.employeeAmount())).toList(),
                Totals.of(result.totals()),
                new PersonalAccounts(result.personalAccounts().pension(), result.personalAccounts().medical()),
                fund == null ? null : new HousingFund(fund.base(), fund.baseAdjustment(), fund.employerRate(),
                        fund.employeeRate(), fund.employerAmount(), fund.employeeAmount()));
    }
}
