package org.shebao.calcservice.calc.retirement;

import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.retirement.RetirementAgeResult.Age;
import org.shebao.calcservice.calc.retirement.RetirementAgeResult.FlexibleWindow;

/**
 * 法定退休年龄 under the national rule: 全国人民代表大会常务委员会《关于实施渐进式延迟法定退休年龄的决定》(2024年9月13日)
 * and its annex, 国务院《关于渐进式延迟法定退休年龄的办法》 with its 对照表.
 *
 * <ul>
 * <li>"从2025年1月1日起，男职工和原法定退休年龄为五十五周岁的女职工，法定退休年龄每四个月延迟一个月，分别逐步延迟至六十三周岁和
 * 五十八周岁；原法定退休年龄为五十周岁的女职工，法定退休年龄每二个月延迟一个月，逐步延迟至五十五周岁。" The k-th month from
 * 2025-01 (k = 1) in which someone would have retired at the original age carries a delay of ⌈k / step⌉ months,
 * capped at the full delay; this reproduces the annex tables (男 born ≤ 1964-12 unaffected, ≥ 1976-09 → 63).</li>
 * <li>"从2030年1月1日起，将职工按月领取基本养老金最低缴费年限由十五年逐步提高至二十年，每年提高六个月。"</li>
 * <li>"职工达到最低缴费年限，可以自愿选择弹性提前退休，提前时间最长不超过三年，且退休年龄不得低于…原法定退休年龄。
 * 职工达到法定退休年龄，所在单位与职工协商一致的，可以弹性延迟退休，延迟时间最长不超过三年。"</li>
 * </ul>
 * Ages count in birth months: someone born in May 1965 reaches 60 in May 2025.
 */
public final class RetirementAgeCalculator {

    public static final String LEGAL_BASIS = "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定（2024年9月13日）"
            + "及国务院《关于渐进式延迟法定退休年龄的办法》";

    /** The first month of the gradual delay (k = 1). */
    static final YearMonth REFORM_START = YearMonth.of(2025, 1);
    /** First year of the rising minimum contribution years. */
    static final int MINIMUM_YEARS_RISE_FROM = 2030;
    static final BigDecimal MINIMUM_YEARS_BEFORE = new BigDecimal("15");
    static final BigDecimal MINIMUM_YEARS_STEP = new BigDecimal("0.5");
    static final BigDecimal MINIMUM_YEARS_FINAL = new BigDecimal("20");
    /** 弹性提前/延迟退休: at most three years either way. */
    static final int FLEXIBLE_MONTHS = 36;

    private RetirementAgeCalculator() {
    }

    public static RetirementAgeResult calculate(YearMonth birthMonth, RetirementCategory category) {
        return calculate(birthMonth, category, Trace.NONE);
    }

    /** @throws InvalidInputException when the birth month or the category is missing */
    public static RetirementAgeResult calculate(YearMonth birthMonth, RetirementCategory category, Trace trace) {
        required("birthMonth", birthMonth);
        required("category", category);
        YearMonth originalMonth = birthMonth.plusYears(category.originalAge());
        // k = 1 for 2025-01; months before the reform carry no delay.
        long k = REFORM_START.until(originalMonth, ChronoUnit.MONTHS) + 1;
        int delay = k < 1 ? 0 : (int) Math.min(category.maximumDelayMonths(),
                (k + category.monthsPerDelayMonth() - 1) / category.monthsPerDelayMonth());
        trace.step("delay", "k = months from 2025-01 (=1) to the original retirement month; "
                + "delay = k < 1 ? 0 : min(maxDelay, ceil(k / step))", delay, in -> in
                        .request("birthMonth", birthMonth)
                        .request("category", category)
                        .law("originalAge", category.originalAge(), LEGAL_BASIS)
                        .law("step", category.monthsPerDelayMonth(), LEGAL_BASIS)
                        .law("maxDelay", category.maximumDelayMonths(), LEGAL_BASIS)
                        .calculated("k", k));

        Age statutoryAge = Age.ofMonths(category.originalAge() * 12 + delay);
        YearMonth retirementMonth = originalMonth.plusMonths(delay);
        BigDecimal minimumYears = minimumContributionYears(retirementMonth.getYear());
        trace.step("minimum contribution years", "15 until 2029, + 0.5 per year from 2030, 20 from 2039",
                minimumYears, in -> in
                        .calculated("retirementYear", retirementMonth.getYear())
                        .law("rule", "每年提高六个月", LEGAL_BASIS));

        YearMonth earliest = max(originalMonth, retirementMonth.minusMonths(FLEXIBLE_MONTHS));
        // 弹性退休 came with the reform: nobody whose statutory month fell before it had a window.
        FlexibleWindow window = retirementMonth.isBefore(REFORM_START) ? null
                : new FlexibleWindow(earliest, retirementMonth.plusMonths(FLEXIBLE_MONTHS),
                        minimumContributionYears(earliest.getYear()));
        trace.step("flexible window", "earliest = max(original age, statutory − 36 months), open only with the minimum "
                + "years of its own year; latest = statutory + 36 months", window, in -> in
                        .calculated("statutoryMonth", retirementMonth)
                        .calculated("originalMonth", originalMonth)
                        .law("flexibleMonths", FLEXIBLE_MONTHS, LEGAL_BASIS));
        return new RetirementAgeResult(category.originalAge(), delay, statutoryAge, retirementMonth, minimumYears,
                window, LEGAL_BASIS);
    }

    /**
     * 按月领取基本养老金最低缴费年限 for someone retiring in {@code year}: 15 until 2029, then six months more each year
     * (2030: 15.5, 2035: 18) up to 20 from 2039.
     */
    public static BigDecimal minimumContributionYears(int year) {
        if (year < MINIMUM_YEARS_RISE_FROM) {
            return MINIMUM_YEARS_BEFORE;
        }
        BigDecimal raised = MINIMUM_YEARS_BEFORE.add(
                MINIMUM_YEARS_STEP.multiply(BigDecimal.valueOf(year - MINIMUM_YEARS_RISE_FROM + 1L)));
        return raised.min(MINIMUM_YEARS_FINAL);
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
