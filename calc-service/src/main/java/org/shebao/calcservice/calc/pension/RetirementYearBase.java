package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.payload.PensionPolicy;

/**
 * The 计发基数 of the retirement year: a pension is assessed on the base published for the year it starts in.
 * <ul>
 * <li>{@link BaseStatus#PUBLISHED}: a version covers the retirement month within its year. Each year's base is its own
 * version, so an open-ended version stands for the year from its start, not for every year after it;</li>
 * <li>{@link BaseStatus#PROVISIONAL} (预发): the year's base is not published yet, and the latest one is used as the
 * bureaus pay it until the new base is published (then they recalculate), for as long after the end of its year as the
 * CARRY_FORWARD rule allows;</li>
 * <li>{@link BaseStatus#PROJECTED}: further ahead, the latest base grown by a yearly rate for each whole year from the
 * start of its year to the retirement month: the caller's {@code baseGrowthRate}, else the region's last published
 * growth base(y) ÷ base(y−1) − 1. A projected base is rounded to the whole 元, as bases are published.</li>
 * </ul>
 */
public final class RetirementYearBase {

    /** Scale of a growth rate read off two published bases (0.019985 = 1.9985 %). */
    static final int GROWTH_SCALE = 6;

    private RetirementYearBase() {
    }

    /**
     * The base chosen for one retirement month.
     *
     * @param regional   the version the base comes from, its payload carrying the chosen base and year: what the
     *                   calculator is given
     * @param year       the year of the base ({@code calculationBaseYear} in the answer)
     * @param growth     the yearly growth a PROJECTED base rests on; null otherwise
     * @param growthFrom the version of the year before, when the default growth was read off it; null otherwise
     * @param latest     what the choice was made from, to choose again for other months (projection scenarios)
     */
    public record Choice(SourcedPolicy<PensionPolicy> regional, int year, BaseStatus status, Assumption growth,
            PolicyRef growthFrom, Latest latest) {

        public BigDecimal amount() {
            return regional.payload().calculationBase();
        }
    }

    /**
     * The latest published base of a region and the carry-forward months that apply to it.
     *
     * @param carryForwardMonths null when no CARRY_FORWARD rule carries PENSION forward
     */
    public record Latest(PublishedPolicy basis, Integer carryForwardMonths) {
    }

    /**
     * @param retirementMonth    the month the pension starts
     * @param basis              the latest published version for that month: the one the resolution rule found (in
     *                           force, or carried forward past its end), else the region's latest one that has ended;
     *                           it holds a {@code calculationBase}
     * @param previous           the region's version of the year before {@code basis}'s; null when there is none
     * @param carryForwardMonths the CARRY_FORWARD rule's months for PENSION; null when no rule carries PENSION forward
     * @param requestedGrowth    the caller's {@code baseGrowthRate}; null for the region's last published growth
     * @throws InvalidInputException on a growth rate of −100 % or less
     * @throws PolicyGapException    when a projection needs a growth rate and neither the caller nor the data gives one
     */
    public static Choice choose(YearMonth retirementMonth, PublishedPolicy basis, PublishedPolicy previous,
            Integer carryForwardMonths, BigDecimal requestedGrowth, Status status, Trace trace) {
        Objects.requireNonNull(basis, "basis");
        LocalDate day = retirementMonth.atDay(1);
        PensionPolicy payload = (PensionPolicy) basis.payload();
        int baseYear = yearOf(basis);
        LocalDate yearEnd = basis.effectiveTo() != null ? basis.effectiveTo() : basis.effectiveFrom().plusYears(1);
        PolicyRef ref = PolicyRef.of(basis);
        Latest latest = new Latest(basis, carryForwardMonths);
        if (day.isBefore(yearEnd)) {
            return chosen(latest, payload.calculationBase(), baseYear, BaseStatus.PUBLISHED, null, null, trace);
        }
        if (carryForwardMonths != null && day.isBefore(yearEnd.plusMonths(carryForwardMonths))) {
            return chosen(latest, payload.calculationBase(), baseYear, BaseStatus.PROVISIONAL, null, null, trace);
        }
        if (requestedGrowth != null && requestedGrowth.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new InvalidInputException("baseGrowthRate", "must be a yearly rate above -1 (0.03 means 3 %)");
        }
        Assumption growth = requestedGrowth != null
                ? Assumption.requested("baseGrowthRate", requestedGrowth, "yearly growth of the 计发基数, as asked")
                : publishedGrowth(basis, previous, retirementMonth);
        int years = (int) Math.max(1, ChronoUnit.YEARS.between(basis.effectiveFrom(), day));
        BigDecimal projected = payload.calculationBase()
                .multiply(BigDecimal.ONE.add(growth.value()).pow(years, Money.DIVISION))
                .setScale(0, RoundingMode.HALF_UP);
        int year = baseYear + years;
        status.add(StatusCode.BASE_PROJECTED, "calculationBase", year + " 年计发基数尚未公布：按 " + ref.label() + " 的 "
                + baseYear + " 年计发基数 " + Money.text(payload.calculationBase()) + " 元，每年增长 "
                + Money.percent(growth.value()) + "，推算 " + years + " 年为 " + Money.text(projected) + " 元",
                "the " + year + " 计发基数 is not published: projected as " + Money.text(projected) + " from the "
                        + baseYear + " base " + Money.text(payload.calculationBase()) + " of " + ref.label()
                        + ", grown by " + Money.percent(growth.value()) + " a year for " + years + " years");
        return chosen(latest, projected, year, BaseStatus.PROJECTED, growth,
                requestedGrowth == null ? PolicyRef.of(previous) : null, trace);
    }

    private static Choice chosen(Latest latest, BigDecimal amount, int year, BaseStatus status,
            Assumption growth, PolicyRef growthFrom, Trace trace) {
        PublishedPolicy basis = latest.basis();
        PensionPolicy payload = (PensionPolicy) basis.payload();
        trace.step("calculation base of the retirement year", "published base of the year; else the latest (预发) "
                + "within the carry-forward months after its year; else latest × (1 + growth) ^ years", amount, in -> in
                        .policy("calculationBase", payload.calculationBase(), PolicyRef.of(basis))
                        .policy("calculationBaseYear", yearOf(basis), PolicyRef.of(basis))
                        .calculated("status", status)
                        .calculated("year", year)
                        .calculated("growth", growth == null ? null : growth.value()));
        return new Choice(SourcedPolicy.of(PolicyRef.of(basis), payload.withCalculationBase(amount, year)), year,
                status, growth, growthFrom, latest);
    }

    /** base(y) ÷ base(y−1) − 1 from the two latest published years of the region. */
    private static Assumption publishedGrowth(PublishedPolicy basis, PublishedPolicy previous, YearMonth month) {
        int year = yearOf(basis);
        if (previous == null || yearOf(previous) != year - 1) {
            throw new PolicyGapException("the 计发基数 for " + month + " must be projected, " + PolicyRef.of(basis).label()
                    + " (" + year + ") has no published base of " + (year - 1) + " to read a growth from, and "
                    + "baseGrowthRate is not given");
        }
        BigDecimal latest = ((PensionPolicy) basis.payload()).calculationBase();
        BigDecimal before = ((PensionPolicy) previous.payload()).calculationBase();
        BigDecimal rate = latest.divide(before, Money.DIVISION).subtract(BigDecimal.ONE)
                .setScale(GROWTH_SCALE, RoundingMode.HALF_UP);
        return new Assumption("baseGrowthRate", rate, PolicyRef.of(basis).label() + " ÷ " + PolicyRef.of(previous)
                .label() + " − 1 (" + Money.text(latest) + " ÷ " + Money.text(before) + " − 1, " + year + " over "
                + (year - 1) + ")");
    }

    /** The year a version's base was published for; its start year when the data does not say. */
    static int yearOf(PublishedPolicy version) {
        Integer year = ((PensionPolicy) version.payload()).calculationBaseYear();
        return year != null ? year : version.effectiveFrom().getYear();
    }
}
