package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.shebao.calcservice.calc.Status;

/**
 * Projected pensions at the statutory retirement month and at both ends of the flexible window. A scenario is null
 * when its month is already past, or (earliest) when the minimum contribution years cannot be reached before the
 * statutory month.
 *
 * @param creditedWage  the wage credited this month: the current wage within the base bounds
 * @param monthlyCredit what it pays into the account this month (creditedWage × accountRate, to the 分)
 * @param assumptions   every assumed figure the projection rests on
 */
public record ProjectionResult(
        Scenario statutory,
        Scenario earliest,
        Scenario latest,
        BigDecimal creditedWage,
        BigDecimal monthlyCredit,
        List<Assumption> assumptions,
        Status.Report status) {

    /**
     * @param contributionYears years at retirement (to 4 decimals), including the years still to be paid
     * @param projectedBalance  个人账户储存额 at retirement, 元 to the 分
     * @param averageIndex      平均缴费指数 at retirement, evolved from the credited wage against the 计发基数
     * @param calculationBaseYear   the year of the 计发基数 used; null when the caller gave the base
     * @param calculationBaseStatus as for an estimate in that month; null when the caller gave the base
     * @param pension           the estimate at that month, in that year's money (not discounted)
     */
    public record Scenario(
            YearMonth retirementMonth,
            BigDecimal contributionYears,
            BigDecimal projectedBalance,
            BigDecimal averageIndex,
            Integer calculationBaseYear,
            BaseStatus calculationBaseStatus,
            PensionResult pension) {
    }
}
