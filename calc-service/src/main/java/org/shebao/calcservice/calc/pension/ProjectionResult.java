package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.shebao.calcservice.calc.Status;

/**
 * Projected pensions at the statutory retirement month and at both ends of the flexible window. A scenario is null
 * when its month is already past, or (earliest) when the minimum contribution years cannot be reached before the
 * statutory month.
 */
public record ProjectionResult(
        Scenario statutory,
        Scenario earliest,
        Scenario latest,
        Status.Report status) {

    /**
     * @param contributionYears years at retirement (to 4 decimals), including the years still to be paid
     * @param projectedBalance  个人账户储存额 at retirement, 元 to the 分
     * @param pension           the estimate at that month, in that year's money (not discounted)
     */
    public record Scenario(
            YearMonth retirementMonth,
            BigDecimal contributionYears,
            BigDecimal projectedBalance,
            PensionResult pension) {
    }
}
