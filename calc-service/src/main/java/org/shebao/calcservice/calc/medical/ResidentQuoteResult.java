package org.shebao.calcservice.calc.medical;

import java.math.BigDecimal;
import java.util.List;

import org.shebao.calcservice.calc.Status;
import org.shebao.contract.payload.ResidentCategory;

/**
 * The year's individual fees and the 待遇等待期.
 *
 * @param lines         one per requested member line, in request order
 * @param total         sum of the lines
 * @param waitingMonths months after enrolment before benefits start; null when the request leaves the case open
 * @param waitingRule   how the waiting period came about, in words; null with {@code waitingCases}
 * @param waitingCases  the waiting period of each case, when the request does not say which applies; else empty
 */
public record ResidentQuoteResult(
        List<Line> lines,
        BigDecimal total,
        Integer waitingMonths,
        String waitingRule,
        List<WaitingCase> waitingCases,
        Status.Report status) {

    /** The waiting period if {@code situation} holds. */
    public record WaitingCase(Situation situation, int months, String rule) {
    }

    /** The enrolment situations that decide the waiting period. */
    public enum Situation {
        /** 集中参保期内参保且连续参保. */
        IN_WINDOW_CONTINUOUS,
        /** 集中参保期外参保, or after a break (each broken year adds to the variable part). */
        OUTSIDE_WINDOW_OR_AFTER_BREAK,
        /** From 职工医保 after the minimum continuous years, within the gap the continuity rule allows. */
        SCHEME_SWITCH_WITHIN_GRACE
    }

    /** @param amount annualFee × count */
    public record Line(ResidentCategory category, String label, int count, BigDecimal annualFee, BigDecimal amount) {
    }
}
