package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.shebao.calcservice.calc.retirement.RetirementCategory;

/**
 * What a pension estimate at retirement is calculated from. Year counts are decimal years (months ÷ 12), part of
 * {@code contributionYears}; a person who gives none of deemedYears, yearsBeforeAccount and actualYearsBeforeAccount
 * has no years before the personal account.
 *
 * @param retirementMonth          defaults to the statutory retirement month; outside the flexible window is accepted
 *                                 with a warning
 * @param contributionYears        缴费年限 including 视同缴费年限; &gt; 0
 * @param deemedYears              视同缴费年限 (before personal accounts existed)
 * @param yearsBeforeAccount       视同 plus actual contributions before the region's personal accounts began
 * @param actualYearsBeforeAccount the actual part of yearsBeforeAccount (北京 G实: 1992-10 → 1998-06)
 * @param averageIndex             本人平均缴费工资指数 (1.0 = always paid on the average wage)
 * @param personalAccountBalance   个人账户储存额 at retirement, 元
 * @param transitionalIndex        the person's own 过渡性养老金 index, for regions that use one
 * @param notionalAccountBalance   上海 虚账实记 balance, 元
 * @param overrides                parameters the caller gives instead of the policy's
 * @param place                    where the pension is assessed: the region codes from the most local up (district,
 *                                 city, province), for the local bases of the region's policy; empty when no region
 *                                 is given
 */
public record PensionRequest(
        RetirementCategory category,
        YearMonth birthMonth,
        YearMonth retirementMonth,
        BigDecimal contributionYears,
        BigDecimal deemedYears,
        BigDecimal yearsBeforeAccount,
        BigDecimal actualYearsBeforeAccount,
        BigDecimal averageIndex,
        BigDecimal personalAccountBalance,
        BigDecimal transitionalIndex,
        BigDecimal notionalAccountBalance,
        Overrides overrides,
        List<String> place) {

    public PensionRequest {
        place = place == null ? List.of() : List.copyOf(place);
    }

    /** The same request with other contribution years (the estimate once the minimum is reached). */
    public PensionRequest withContributionYears(BigDecimal years) {
        return new PensionRequest(category, birthMonth, retirementMonth, years, deemedYears, yearsBeforeAccount,
                actualYearsBeforeAccount, averageIndex, personalAccountBalance, transitionalIndex,
                notionalAccountBalance, overrides, place);
    }

    /**
     * Each field, when given, replaces the policy's figure.
     *
     * @param calculationBase         计发基数, 元/月
     * @param indexedWage             本人指数化月平均缴费工资; otherwise 计发基数 × averageIndex
     * @param transitionalCoefficient 过渡系数 as a decimal (0.012)
     * @param annuityMonths           计发月数, a decimal (137.3)
     * @param localCalculationBase    本地计发基数: the base of the city of retirement, for the parts a province computes
     *                                on it (河南 过渡性养老金, 吉林 基础养老金)
     */
    public record Overrides(
            BigDecimal calculationBase,
            BigDecimal indexedWage,
            BigDecimal transitionalCoefficient,
            BigDecimal annuityMonths,
            BigDecimal localCalculationBase) {

        public static final Overrides NONE = new Overrides(null, null, null, null, null);
    }
}
