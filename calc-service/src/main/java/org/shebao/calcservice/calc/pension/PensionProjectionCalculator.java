package org.shebao.calcservice.calc.pension;

import static org.shebao.calcservice.calc.InputChecks.nonNegative;
import static org.shebao.calcservice.calc.InputChecks.nonNegativeOr;
import static org.shebao.calcservice.calc.InputChecks.positive;
import static org.shebao.calcservice.calc.InputChecks.rateOrNull;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.pension.ProjectionResult.Scenario;
import org.shebao.calcservice.calc.retirement.RetirementAgeCalculator;
import org.shebao.calcservice.calc.retirement.RetirementAgeResult;
import org.shebao.contract.payload.PensionPolicy;

/**
 * Projects the pension from today to the statutory retirement month and to both ends of the flexible window, then
 * estimates it there with {@link PensionCalculator}.
 *
 * <p>Assumptions, all deliberate simplifications, listed in every answer ({@link ProjectionResult#assumptions()}):
 * <ul>
 * <li>Contributions are paid every month from {@code today} (inclusive) to the retirement month (exclusive), without
 * gaps, on {@code currentWage}, which rises by {@code annualWageGrowth} every twelve months from today.</li>
 * <li>The wage credited is the wage within the 缴费基数上下限 of today's CONTRIBUTION version ({@link BaseBounds}), the
 * bounds rising by {@code baseGrowthRate} every twelve months: a wage above the ceiling credits the ceiling.</li>
 * <li>Each month the account earns {@code annualAccountInterest ÷ 12} on its balance, then receives
 * {@code credited wage × accountRate} (8 % unless given). Real 记账利率 are set yearly and credited at year end; monthly
 * compounding at a twelfth of the yearly rate is close and keeps the model simple.</li>
 * <li>The 计发基数 of each retirement month is chosen as for an estimate ({@link RetirementYearBase}: published, 预发,
 * else the latest grown by {@code baseGrowthRate}, default {@code annualWageGrowth}); a base the caller gives grows
 * by it every twelve months. Each month paid has the index credited wage ÷ today's 计发基数 grown by that rate every
 * twelve months (standing in for the average wage), and the average index at retirement averages the index so far
 * over the years so far with the months paid. Amounts are nominal, in the retirement year's money, not
 * discounted.</li>
 * <li>Contribution years grow by one twelfth per month paid (kept to 4 decimals). Deemed years do not change.</li>
 * <li>The earliest flexible month is the first month of the window at which the projected years reach the minimum
 * contribution years of that month's year; the latest is the end of the window (which needs the employer's
 * agreement).</li>
 * <li>Everything else (计发月数, 过渡系数, components, rounding) is today's policy.</li>
 * </ul>
 */
public final class PensionProjectionCalculator {

    /** 个人缴费全部记入个人账户: 8 % of the base (国发〔2005〕38号). */
    public static final BigDecimal DEFAULT_ACCOUNT_RATE = new BigDecimal("0.08");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final int YEARS_SCALE = 4;
    private static final int INDEX_SCALE = 4;

    /** The scenarios' names in Chinese, for findings. */
    private static final Map<String, String> ZH_SCENARIO = Map.of("statutory", "法定退休", "earliest", "最早退休",
            "latest", "最晚退休");

    private PensionProjectionCalculator() {
    }

    public static ProjectionResult project(ProjectionRequest request, YearMonth today,
            SourcedPolicy<PensionPolicy> regional, SourcedPolicy<PensionPolicy> national, BaseBounds bounds) {
        return project(request, today, regional, national, bounds, null, Trace.NONE);
    }

    /**
     * @param today      the current month, given by the caller
     * @param bounds     today's 缴费基数上下限; null when no CONTRIBUTION version is known (the wage is credited as given)
     * @param latest     the region's latest 计发基数, from which each scenario's is chosen by {@link RetirementYearBase}
     *                   (grown by baseGrowthRate where projected); null when the caller gave the base
     * @throws InvalidInputException on missing or out-of-range inputs (field names as in {@link ProjectionRequest})
     * @throws PolicyGapException    when a needed parameter is neither published nor overridden
     */
    public static ProjectionResult project(ProjectionRequest request, YearMonth today,
            SourcedPolicy<PensionPolicy> regional, SourcedPolicy<PensionPolicy> national, BaseBounds bounds,
            RetirementYearBase.Latest latest, Trace trace) {
        Assumptions assumptions = Assumptions.of(request, required("today", today), bounds);
        RetirementAgeResult statutory = RetirementAgeCalculator.calculate(request.birthMonth(), request.category(),
                trace);
        if (statutory.flexible() == null) {
            throw new InvalidInputException("birthMonth", "the statutory retirement month " + statutory.retirementMonth()
                    + " came before the 2025 reform; estimate that pension instead of projecting it");
        }
        PensionParameters parameters = PensionParameters.resolve(request.overrides(), regional, national,
                request.place());
        Status status = new Status();
        if (bounds == null) {
            status.add(StatusCode.BOUNDS_NOT_KNOWN, "currentWage", "未知缴费基数上下限：按所给工资全额计入",
                    "no contribution base bounds are known: the wage is credited as given");
        }
        Projection projection = new Projection(request, assumptions, statutory, parameters, regional, national,
                latest, status, trace);

        Scenario atStatutory = projection.scenario("statutory", statutory.retirementMonth());
        YearMonth earliest = earliestMonth(statutory, assumptions, status);
        Scenario atEarliest = earliest == null ? null : projection.scenario("earliest", earliest);
        Scenario atLatest = projection.scenario("latest", statutory.flexible().latestMonth());
        BigDecimal credited = assumptions.credited(0);
        return new ProjectionResult(atStatutory, atEarliest, atLatest, credited,
                credited.multiply(assumptions.accountRate()).setScale(2, RoundingMode.HALF_UP),
                assumptions.list(parameters), status.report());
    }

    /** The validated inputs of the projection. */
    private record Assumptions(YearMonth today, BigDecimal wage, BigDecimal balance, BigDecimal years,
            BigDecimal averageIndex, BigDecimal growth, BigDecimal baseGrowth, boolean baseGrowthGiven,
            BigDecimal interest, BigDecimal accountRate, boolean accountRateGiven, BaseBounds bounds) {

        static Assumptions of(ProjectionRequest request, YearMonth today, BaseBounds bounds) {
            required("category", request.category());
            YearMonth birth = required("birthMonth", request.birthMonth());
            if (!today.isAfter(birth)) {
                throw new InvalidInputException("today", "must be after birthMonth " + birth);
            }
            BigDecimal years = nonNegative("contributionYears", request.contributionYears());
            PensionCalculator.partOf("deemedYears", request.deemedYears(), "contributionYears", years);
            nonNegativeOr("transitionalIndex", request.transitionalIndex(), null);
            BigDecimal before = PensionCalculator.partOf("yearsBeforeAccount", request.yearsBeforeAccount(),
                    "contributionYears", years);
            PensionCalculator.partOf("actualYearsBeforeAccount", request.actualYearsBeforeAccount(),
                    before != null ? "yearsBeforeAccount" : "contributionYears", before != null ? before : years);
            nonNegativeOr("notionalAccountBalance", request.notionalAccountBalance(), null);
            BigDecimal accountRate = rateOrNull("accountRate", request.accountRate());
            BigDecimal growth = aboveMinusOne("annualWageGrowth", required("annualWageGrowth",
                    request.annualWageGrowth()));
            BigDecimal baseGrowth = request.baseGrowthRate() == null ? growth
                    : aboveMinusOne("baseGrowthRate", request.baseGrowthRate());
            return new Assumptions(today,
                    positive("currentWage", request.currentWage()),
                    nonNegative("currentBalance", request.currentBalance()),
                    years,
                    nonNegative("averageIndex", request.averageIndex()),
                    growth,
                    baseGrowth,
                    request.baseGrowthRate() != null,
                    aboveMinusOne("annualAccountInterest", required("annualAccountInterest",
                            request.annualAccountInterest())),
                    accountRate == null ? DEFAULT_ACCOUNT_RATE : accountRate,
                    accountRate != null,
                    bounds);
        }

        private static BigDecimal aboveMinusOne(String field, BigDecimal rate) {
            if (rate.compareTo(BigDecimal.ONE.negate()) <= 0) {
                throw new InvalidInputException(field, "must be a yearly rate above -1 (0.03 means 3 %)");
            }
            return rate;
        }

        int monthsUntil(YearMonth month) {
            return (int) today.until(month, ChronoUnit.MONTHS);
        }

        BigDecimal yearsAt(YearMonth month) {
            return years.add(BigDecimal.valueOf(monthsUntil(month)).divide(TWELVE, YEARS_SCALE, RoundingMode.HALF_UP));
        }

        /** (1 + baseGrowth) ^ completed years from today: the factor on 计发基数 and bounds in that year. */
        BigDecimal baseFactor(int completedYears) {
            return BigDecimal.ONE.add(baseGrowth).pow(completedYears, Money.DIVISION);
        }

        /** The wage credited in the {@code year}-th year from today (0 = the first twelve months). */
        BigDecimal credited(int year) {
            BigDecimal paid = wage.multiply(BigDecimal.ONE.add(growth).pow(year, Money.DIVISION));
            return bounds == null ? paid : bounds.clamp(paid, baseFactor(year));
        }

        List<Assumption> list(PensionParameters parameters) {
            List<Assumption> list = new ArrayList<>();
            list.add(Assumption.requested("annualWageGrowth", growth, "yearly growth of the wage, every 12 months"));
            list.add(baseGrowthGiven
                    ? Assumption.requested("baseGrowthRate", baseGrowth, "yearly growth of the 计发基数 and the base "
                            + "bounds, every 12 months")
                    : new Assumption("baseGrowthRate", baseGrowth, "= annualWageGrowth: the 计发基数 and the base "
                            + "bounds grow with the wage"));
            list.add(Assumption.requested("annualAccountInterest", interest, "个人账户记账利率, credited monthly at a"
                    + " twelfth"));
            list.add(accountRateGiven ? Assumption.requested("accountRate", accountRate, "share of the credited wage"
                    + " paid into the account")
                    : new Assumption("accountRate", accountRate, "个人缴费全部记入个人账户 (国发〔2005〕38号)"));
            if (bounds != null) {
                list.add(new Assumption("baseFloor", bounds.floor(), bounds.policy().label()
                        + ": 缴费基数下限 today, grown by baseGrowthRate"));
                list.add(new Assumption("baseCeiling", bounds.ceiling(), bounds.policy().label()
                        + ": 缴费基数上限 today, grown by baseGrowthRate; a wage above it credits the ceiling"));
            }
            list.add(new Assumption("calculationBase", parameters.calculationBase().value(), (parameters
                    .calculationBase().fromCaller() ? "request overrides.calculationBase" : parameters.calculationBase()
                    .policy().label()) + ": 计发基数 today, grown by baseGrowthRate; each month's index = credited wage ÷"
                    + " it"));
            return list;
        }
    }

    /** What one projection shares across its scenarios. */
    private record Projection(ProjectionRequest request, Assumptions assumptions, RetirementAgeResult statutory,
            PensionParameters parameters, SourcedPolicy<PensionPolicy> regional, SourcedPolicy<PensionPolicy> national,
            RetirementYearBase.Latest latest, Status status, Trace trace) {

        Scenario scenario(String name, YearMonth month) {
            if (month.isBefore(assumptions.today())) {
                status.add(StatusCode.SCENARIO_NOT_PROJECTED, name, "无" + ZH_SCENARIO.get(name) + "情形：" + month
                        + " 已过去", "no " + name + " projection: " + month + " is already past");
                return null;
            }
            int months = assumptions.monthsUntil(month);
            BigDecimal years = assumptions.yearsAt(month);
            if (years.signum() == 0) {
                status.add(StatusCode.SCENARIO_NOT_PROJECTED, name, "无" + ZH_SCENARIO.get(name) + "情形：到 " + month
                        + " 尚无缴费年限", "no " + name + " projection: no contribution years by " + month);
                return null;
            }
            Accrual accrual = accrue(months, assumptions, parameters.calculationBase().value());
            trace.step("projected balance", "each month: balance × (1 + interest ÷ 12) + credited × accountRate;"
                    + " credited = clamp(wage × (1 + wageGrowth)^y, floor × (1 + baseGrowth)^y, ceiling × (1 +"
                    + " baseGrowth)^y), y = completed years from today", accrual.balance(), in -> in
                            .calculated("scenario", name)
                            .request("today", assumptions.today())
                            .request("currentBalance", assumptions.balance())
                            .request("currentWage", assumptions.wage())
                            .request("annualWageGrowth", assumptions.growth())
                            .request("annualAccountInterest", assumptions.interest())
                            .request("accountRate", assumptions.accountRate())
                            .calculated("baseGrowthRate", assumptions.baseGrowth())
                            .calculated("retirementMonth", month)
                            .calculated("months", months));
            BigDecimal index = averageIndex(months, accrual.indexMonths());
            trace.step("projected average index", "(averageIndex × years so far × 12 + Σ credited ÷ calculationBase"
                    + " of each month) ÷ (years so far × 12 + months)", index, in -> in
                            .calculated("scenario", name)
                            .request("averageIndex", assumptions.averageIndex())
                            .request("contributionYears", assumptions.years())
                            .calculated("months", months));
            // the years before the account lie in the past: they are the same in every scenario
            PensionRequest estimate = new PensionRequest(request.category(), request.birthMonth(), month, years,
                    request.deemedYears(), request.yearsBeforeAccount(), request.actualYearsBeforeAccount(), index,
                    accrual.balance(), request.transitionalIndex(), request.notionalAccountBalance(), null,
                    request.place());
            RetirementYearBase.Choice base = latest == null ? null : baseAt(name, month);
            PensionParameters atRetirement = base == null
                    ? parameters.scaled(assumptions.baseFactor(months / 12))
                    : PensionParameters.resolve(request.overrides(), base.regional(), national,
                            request.place());
            PensionResult pension = PensionCalculator.estimate(estimate, statutory, atRetirement, regional, national,
                    trace);
            status.include(pension.status(), name + ".pension.");
            return new Scenario(month, years, accrual.balance(), index, base == null ? null : base.year(),
                    base == null ? null : base.status(), pension);
        }

        /** The 计发基数 of the scenario's retirement year, by the estimate's rule, grown by baseGrowthRate. */
        private RetirementYearBase.Choice baseAt(String name, YearMonth month) {
            Status found = new Status();
            RetirementYearBase.Choice base = RetirementYearBase.choose(month, latest.basis(), null,
                    latest.carryForwardMonths(), assumptions.baseGrowth(), found, trace);
            status.include(found.report(), name + ".pension.");
            return base;
        }

        private BigDecimal averageIndex(int months, BigDecimal indexMonths) {
            BigDecimal monthsSoFar = assumptions.years().multiply(TWELVE);
            return assumptions.averageIndex().multiply(monthsSoFar).add(indexMonths)
                    .divide(monthsSoFar.add(BigDecimal.valueOf(months)), INDEX_SCALE, RoundingMode.HALF_UP);
        }
    }

    /** The account after some months, rounded once to the 分, and the sum of the months' indexes. */
    private record Accrual(BigDecimal balance, BigDecimal indexMonths) {
    }

    private static Accrual accrue(int months, Assumptions assumptions, BigDecimal baseToday) {
        BigDecimal monthlyInterest = BigDecimal.ONE.add(assumptions.interest().divide(TWELVE, Money.DIVISION));
        BigDecimal balance = assumptions.balance();
        BigDecimal indexMonths = BigDecimal.ZERO;
        for (int year = 0; year * 12 < months; year++) {
            BigDecimal credited = assumptions.credited(year);
            BigDecimal credit = credited.multiply(assumptions.accountRate(), Money.DIVISION);
            int paid = Math.min(12, months - year * 12);
            for (int month = 0; month < paid; month++) {
                balance = balance.multiply(monthlyInterest, Money.DIVISION).add(credit, Money.DIVISION);
            }
            BigDecimal index = credited.divide(baseToday.multiply(assumptions.baseFactor(year)), Money.DIVISION);
            indexMonths = indexMonths.add(index.multiply(BigDecimal.valueOf(paid)));
        }
        return new Accrual(balance.setScale(2, RoundingMode.HALF_UP), indexMonths);
    }

    private static YearMonth earliestMonth(RetirementAgeResult statutory, Assumptions assumptions, Status status) {
        YearMonth from = statutory.flexible().earliestMonth();
        if (from.isBefore(assumptions.today())) {
            from = assumptions.today();
        }
        if (from.isAfter(statutory.retirementMonth())) {
            status.add(StatusCode.SCENARIO_NOT_PROJECTED, "earliest", "无最早退休情形：弹性提前退休区间已于 "
                    + statutory.retirementMonth() + " 结束", "no earliest projection: the early-retirement window ended at "
                    + statutory.retirementMonth());
            return null;
        }
        for (YearMonth month = from; !month.isAfter(statutory.retirementMonth()); month = month.plusMonths(1)) {
            BigDecimal minimum = RetirementAgeCalculator.minimumContributionYears(month.getYear());
            if (assumptions.yearsAt(month).compareTo(minimum) >= 0) {
                return month;
            }
        }
        status.add(StatusCode.SCENARIO_NOT_PROJECTED, "earliest", "不能弹性提前退休：法定退休月份 "
                + statutory.retirementMonth() + " 前达不到最低缴费年限", "no flexible early retirement: the minimum"
                + " contribution years are not reached before the statutory month " + statutory.retirementMonth());
        return null;
    }
}
