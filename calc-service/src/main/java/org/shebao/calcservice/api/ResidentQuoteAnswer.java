package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.medical.ResidentQuoteResult;
import org.shebao.contract.payload.ResidentCategory;

/** Fees per category, the household total, and the waiting period with the rule applied. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Resident medical insurance quote answer")
public record ResidentQuoteAnswer(
        String regionCode,
        Integer coverageYear,
        List<Line> lines,
        BigDecimal total,
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "null (with waitingCases) when the request does not say which case applies")
        Integer waitingMonths,
        String waitingRule,
        @Schema(description = "The waiting period per case, when the request leaves the case open")
        List<WaitingCase> waitingCases) {

    /** The waiting period if {@code situation} holds. */
    public record WaitingCase(ResidentQuoteResult.Situation situation, int months, String rule) {
    }

    /** @param amount annualFee × count */
    public record Line(ResidentCategory category, String label, int count, BigDecimal annualFee, BigDecimal amount) {
    }

    public static ResidentQuoteAnswer of(ResidentQuoteQuery query, ResidentQuoteResult result) {
        return new ResidentQuoteAnswer(query.regionCode(), query.coverageYear(), result.lines().stream()
                .map(l -> new Line(l.category(), l.label(), l.count(), l.annualFee(), l.amount())).toList(),
                result.total(), result.waitingMonths(), result.waitingRule(), result.waitingCases().isEmpty() ? null
                        : result.waitingCases().stream().map(c -> new WaitingCase(c.situation(), c.months(), c.rule()))
                                .toList());
    }
}
