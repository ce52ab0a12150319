package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.shebao.calcservice.calc.retirement.RetirementCategory;

/**
 * What a pension estimate at retirement is calculated from.
 *
 * @param retirementMonth        defaults to the statutory retirement month; outside the flexible window is accepted
 *                               with a warning
 * @param contributionYears      缴费年限 including 视同缴费年限, in decimal years (32.5); &gt; 0
 * @param deemedYears            视同缴费年限 (before personal accounts existed), part of contributionYears; 0 when absent
 * @param averageIndex           本人平均缴费工资指数 (1.0 = always paid on the average wage)
 * @param personalAccountBalance 个人账户储存额 at retirement, 元
 * @param transitionalIndex      过渡性养老金 index where the region uses a separate one; defaults to averageIndex
 * @param overrides              parameters the caller gives instead of the policy's
 */
public record PensionRequest(
        RetirementCategory category,
        YearMonth birthMonth,
        YearMonth retirementMonth,
        BigDecimal contributionYears,
        BigDecimal deemedYears,
        BigDecimal averageIndex,
        BigDecimal personalAccountBalance,
        BigDecimal transitionalIndex,
        Overrides overrides) {

    /**
     * Each field, when given, replaces the policy's figure.
     *
     * @param calculationBase         计发基数, 元/月
     * @param indexedWage             本人指数化月平均缴费工资; otherwise 计发基数 × averageIndex
     * @param transitionalCoefficient 过渡系数 as a decimal (0.012)
     * @param annuityMonths           计发月数
     */
    public record Overrides(
            BigDecimal calculationBase,
            BigDecimal indexedWage,
            BigDecimal transitionalCoefficient,
            BigDecimal annuityMonths) {

        public static final Overrides NONE = new Overrides(null, null, null, null);
    }
}
