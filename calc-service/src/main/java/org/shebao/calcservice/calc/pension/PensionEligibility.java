package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.retirement.RetirementAgeCalculator;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.ReachMinimum;

/**
 * 按月领取基本养老金的条件: the minimum contribution years of the retirement year
 * ({@link RetirementAgeCalculator#minimumContributionYears}). Below them no monthly pension is payable; "职工达到法定退休年龄
 * 但不满最低缴费年限的，可以按照规定通过延长缴费或者一次性缴费的办法达到最低缴费年限，按月领取基本养老金" (2024 决定). The ways come from the
 * national PENSION version ({@code reachMinimum}); 一次性缴费 only where the region permits it ({@code lumpSumAllowed}:
 * false leaves it out, null says it is not known).
 */
public final class PensionEligibility {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private PensionEligibility() {
    }

    /** Whether the region permits a way: always for the national ways, UNKNOWN where the region does not say. */
    public enum Permitted {
        YES,
        UNKNOWN
    }

    /**
     * One way to reach the minimum.
     *
     * @param policy the version that states it (the national one; the region's for whether 一次性缴费 is permitted)
     */
    public record Way(ReachMinimum.Way way, Permitted permitted, String note, PolicyRef policy) {
    }

    /**
     * @param eligible      the years reach the minimum
     * @param minimumYears  the minimum of the retirement year
     * @param monthsMissing months short of it, rounded up; 0 when eligible
     * @param ways          how the minimum can be reached; empty when eligible
     */
    public record Eligibility(boolean eligible, BigDecimal minimumYears, int monthsMissing, List<Way> ways) {
    }

    /**
     * @param years    the contribution years as counted for the pension
     * @param national the national PENSION version with {@code reachMinimum}; null when none is known
     * @param regional the region's PENSION version with {@code lumpSumAllowed}; null when none is known
     */
    public static Eligibility assess(BigDecimal years, YearMonth retirement, SourcedPolicy<PensionPolicy> national,
            SourcedPolicy<PensionPolicy> regional, Status status) {
        BigDecimal minimum = RetirementAgeCalculator.minimumContributionYears(retirement.getYear());
        if (years.compareTo(minimum) >= 0) {
            return new Eligibility(true, minimum, 0, List.of());
        }
        int missing = minimum.subtract(years).multiply(TWELVE).setScale(0, RoundingMode.CEILING).intValueExact();
        List<Way> ways = ways(national, regional, status);
        status.add(StatusCode.BELOW_MINIMUM_YEARS, "contributionYears", "缴费年限 " + Money.text(years) + " 年低于 "
                + retirement.getYear() + " 年退休的最低缴费年限 " + Money.text(minimum) + " 年，差 " + missing
                + " 个月；达到前不能按月领取基本养老金，金额见 ifMinimumReached（按达到最低缴费年限估算）", Money.text(years)
                + " contribution years are below the minimum of " + Money.text(minimum) + " for retiring in "
                + retirement.getYear() + ": " + missing + " months short; no monthly pension is payable until it is"
                + " reached, the amounts under ifMinimumReached assume it is");
        return new Eligibility(false, minimum, missing, ways);
    }

    private static List<Way> ways(SourcedPolicy<PensionPolicy> national, SourcedPolicy<PensionPolicy> regional,
            Status status) {
        List<Way> ways = new ArrayList<>();
        if (national == null || national.payload().reachMinimum() == null) {
            return ways;
        }
        Boolean lumpSum = regional == null ? null : regional.payload().lumpSumAllowed();
        for (ReachMinimum way : national.payload().reachMinimum()) {
            if (way.way() != ReachMinimum.Way.LUMP_SUM) {
                ways.add(new Way(way.way(), Permitted.YES, way.note(), national.ref()));
            } else if (lumpSum == null) {
                String zh = regional == null ? "无地区 PENSION 版本说明" : regional.ref().label() + " 未说明";
                String en = regional == null ? "no regional PENSION version says" : regional.ref().label()
                        + " does not say";
                status.add(StatusCode.LUMP_SUM_NOT_KNOWN, "eligibility.ways", "一次性缴费须地区允许：" + zh
                        + "是否允许", "一次性缴费 needs the region's permission and " + en + " whether it is permitted");
                ways.add(new Way(way.way(), Permitted.UNKNOWN, way.note(), national.ref()));
            } else if (lumpSum) {
                ways.add(new Way(way.way(), Permitted.YES, way.note(), regional.ref()));
            }
        }
        return ways;
    }
}
