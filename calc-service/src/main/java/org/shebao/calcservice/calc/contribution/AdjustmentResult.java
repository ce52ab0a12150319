package org.shebao.calcservice.calc.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.shebao.calcservice.calc.Status;

import org.shebao.calcservice.calc.contribution.ContributionResult.Totals;
import org.shebao.contract.payload.InsuranceType;

/**
 * 补差 per month and line: what is owed now (positive) or was overpaid (negative).
 *
 * @param totals owed over all months
 */
public record AdjustmentResult(List<Month> months, Totals totals, Status.Report status) {

    /** @param owed this month's owed amounts, summed over its lines */
    public record Month(YearMonth month, List<Line> lines, Totals owed) {
    }

    /**
     * One insurance line of one month. {@code due} is under the policy now; {@code owed = due − paid}; a due amount
     * the current policy leaves unpublished makes due and owed null on that side.
     */
    public record Line(
            InsuranceType insurance,
            String label,
            BigDecimal employerPaid,
            BigDecimal employeePaid,
            BigDecimal employerDue,
            BigDecimal employeeDue,
            BigDecimal employerOwed,
            BigDecimal employeeOwed) {
    }
}
