package org.shebao.calcservice.calc.retirement;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Statutory retirement under the 2024 decision.
 *
 * @param originalAge              原法定退休年龄 (60, 55 or 50)
 * @param delayMonths              months of delay for this birth month
 * @param statutoryAge             改革后法定退休年龄
 * @param retirementMonth          the month the statutory age is reached
 * @param minimumContributionYears 按月领取基本养老金最低缴费年限 in the statutory retirement year
 * @param flexible                 弹性退休 window
 * @param legalBasis               the decision this rests on
 */
public record RetirementAgeResult(
        int originalAge,
        int delayMonths,
        Age statutoryAge,
        YearMonth retirementMonth,
        BigDecimal minimumContributionYears,
        FlexibleWindow flexible,
        String legalBasis) {

    /** An age in whole years and months (60岁2个月 = {60, 2}). */
    public record Age(int years, int months) {

        public static Age ofMonths(int totalMonths) {
            return new Age(totalMonths / 12, totalMonths % 12);
        }

        public int totalMonths() {
            return years * 12 + months;
        }
    }

    /**
     * @param earliestMonth 弹性提前退休: at most 36 months early, never before the original age; needs the minimum
     *                      contribution years of that month's year
     * @param latestMonth   弹性延迟退休: at most 36 months late, with the employer's agreement
     * @param earliestMonthMinimumContributionYears the minimum contribution years required to retire at the earliest
     *                      month (its year's figure, which can be lower than at the statutory month)
     */
    public record FlexibleWindow(YearMonth earliestMonth, YearMonth latestMonth,
            BigDecimal earliestMonthMinimumContributionYears) {
    }
}
