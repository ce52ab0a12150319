package org.shebao.calcservice.calc.contribution;

import java.math.BigDecimal;
import java.util.List;

import org.shebao.calcservice.calc.Status;

import org.shebao.contract.payload.InsuranceType;

/**
 * A monthly contribution bill.
 *
 * @param lines            one per insurance line of the schedule, in the policy's order
 * @param totals           sums of the line amounts; a side's total is null when one of its amounts is (a rate not
 *                         published)
 * @param personalAccounts monthly credits to the personal accounts
 * @param housingFund      住房公积金, when asked for and published; not part of the totals
 * @param status           what the caller must know about the figures, and which are unknown
 */
public record ContributionResult(
        List<Line> lines,
        Totals totals,
        PersonalAccounts personalAccounts,
        HousingFund housingFund,
        Status.Report status) {

    /**
     * One insurance line. A fixed-only line (大额互助 3 元) has a null base and null rates.
     *
     * @param employerAmount base × employerRate + employer fixed amount; null when the rate is not published
     * @param employeeAmount base × employeeRate + employee fixed amount; null when the rate is not published
     */
    public record Line(
            InsuranceType insurance,
            String label,
            BigDecimal base,
            BaseAdjustment baseAdjustment,
            BigDecimal employerRate,
            BigDecimal employeeRate,
            BigDecimal employerAmount,
            BigDecimal employeeAmount) {
    }

    /** 单位合计, 个人合计 and their sum. */
    public record Totals(BigDecimal employer, BigDecimal employee, BigDecimal total) {
    }

    /**
     * Monthly credits to the personal accounts; null where the policy publishes no crediting rate.
     *
     * @param pension 养老保险个人账户 = pension base × pensionRate
     * @param medical 职工医保个人账户 = medical base × medicalRate
     */
    public record PersonalAccounts(BigDecimal pension, BigDecimal medical) {
    }

    /** 住房公积金 with its own base bounds, chosen rates and rounding. */
    public record HousingFund(
            BigDecimal base,
            BaseAdjustment baseAdjustment,
            BigDecimal employerRate,
            BigDecimal employeeRate,
            BigDecimal employerAmount,
            BigDecimal employeeAmount) {
    }
}
