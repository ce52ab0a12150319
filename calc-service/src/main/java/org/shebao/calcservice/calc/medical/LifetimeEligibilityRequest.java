package org.shebao.calcservice.calc.medical;

import java.time.YearMonth;

/**
 * A retiree's 职工医保 contribution record, to check whether benefits continue after retirement without further
 * contributions.
 *
 * @param cumulativeMonths 累计缴费月数, including 视同缴费
 * @param localMonths      months actually paid in the region where benefits are drawn; 0 when absent
 * @param retirementMonth  the month of retirement; the caller picks the rule in force then
 */
public record LifetimeEligibilityRequest(
        Gender gender,
        Integer cumulativeMonths,
        Integer localMonths,
        YearMonth retirementMonth) {
}
