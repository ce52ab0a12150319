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
 * @param waitingMonths months after enrolment before benefits start
 * @param waitingRule   how the waiting period came about, in words
 */
public record ResidentQuoteResult(
        List<Line> lines,
        BigDecimal total,
        int waitingMonths,
        String waitingRule,
        Status.Report status) {

    /** @param amount annualFee × count */
    public record Line(ResidentCategory category, String label, int count, BigDecimal annualFee, BigDecimal amount) {
    }
}
