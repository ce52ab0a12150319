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
 * <p>Assumptions, all deliberate simplifications:
 * <ul>
 * <li>Contributions are paid every month from {@code today} (inclusive) to the retirement month (exclusive), without
 * gaps, on {@code currentWage}, which rises by {@code annualWageGrowth} every twelve months from today.</li>
 * <li>Each month the account earns {@code annualAccountInterest ÷ 12} on its balance, then receives
 * {@code wage × accountRate} (8 % unless given). Real 记账利率 are set yearly and credited at year end; monthly
 * compounding at a twelfth of the yearly rate is close and keeps the model simple.</li>
 * <li>The 计发基数 rises with wages, by the same growth every twelve months, and the average index stays constant
 * (the wage keeps pace with the average wage). Amounts are nominal, in the retirement year's money, not discounted.</li>
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

    private PensionProjectionCalculator() {
    }

    public static ProjectionResult project(ProjectionRequest request, YearMonth today,
            SourcedPolicy<PensionPolicy> regional, SourcedPolicy<PensionPolicy> national) {
        return project(request, today, regional, national, Trace.NONE);
    }

    /** The scenarios' names in Chinese, for findings. */
    private static final Map<String, String> ZH_SCENARIO = Map.of("statutory", "法定退休", "earliest", "最早退休",
            "latest", "最晚退休");

    /**
     * @param today the current month, given by the caller
     * @throws InvalidInputException on missing or out-of-range inputs (field names as in {@link ProjectionRequest})
     * @throws PolicyGapException    when a needed parameter is neither published nor overridden
     */
    public static ProjectionResult project(ProjectionRequest request, YearMonth today,
            SourcedPolicy<PensionPolicy> regional, SourcedPolicy<PensionPolicy> national, Trace trace) {
        Assumptions assumptions = Assumptions.of(request, required("today", today));
        RetirementAgeResult statutory = RetirementAgeCalculator.calculate(request.birthMonth(), request.category(),
                trace);
        if (statutory.flexible() == null) {
            throw new InvalidInputException("birthMonth", "the statutory retirement month " + statutory.retirementMonth()
                    + " came before the 2025 reform; estimate that pension instead of projecting it");
        }
        PensionParameters parameters = PensionParameters.resolve(request.overrides(), regional, national);
        Status status = new Status();

        Scenario atStatutory = scenario("statutory", statutory.retirementMonth(), request, assumptions, statutory,
                parameters, status, trace);
        YearMonth earliest = earliestMonth(statutory, assumptions, status);
        Scenario atEarliest = earliest == null ? null
                : scenario("earliest", earliest, request, assumptions, statutory, parameters, status, trace);
        Scenario atLatest = scenario("latest", statutory.flexible().latestMonth(), request, assumptions, statutory,
                parameters, status, trace);
        return new ProjectionResult(atStatutory, atEarliest, atLatest, status.report());
    }

    /** The validated inputs of the projection. */
    private record Assumptions(YearMonth today, BigDecimal wage, BigDecimal balance, BigDecimal years,
            BigDecimal growth, BigDecimal interest, BigDecimal accountRate) {

        static Assumptions of(ProjectionRequest request, YearMonth today) {
            required("category", request.category());
            YearMonth birth = required("birthMonth", request.birthMonth());
            if (!today.isAfter(birth)) {
                throw new InvalidInputException("today", "must be after birthMonth " + birth);
            }
            BigDecimal years = nonNegative("contributionYears", request.contributionYears());
            if (nonNegativeOr("deemedYears", request.deemedYears(), BigDecimal.ZERO).compareTo(years) > 0) {
                throw new InvalidInputException("deemedYears", "cannot exceed contributionYears " + Money.text(years));
            }
            nonNegative("averageIndex", request.averageIndex());
            nonNegativeOr("transitionalIndex", request.transitionalIndex(), null);
            BigDecimal accountRate = rateOrNull("accountRate", request.accountRate());
            return new Assumptions(today,
                    positive("currentWage", request.currentWage()),
                    nonNegative("currentBalance", request.currentBalance()),
                    years,
                    aboveMinusOne("annualWageGrowth", request.annualWageGrowth()),
                    aboveMinusOne("annualAccountInterest", request.annualAccountInterest()),
                    accountRate == null ? DEFAULT_ACCOUNT_RATE : accountRate);
        }

        private static BigDecimal aboveMinusOne(String field, BigDecimal rate) {
            if (required(field, rate).compareTo(BigDecimal.ONE.negate()) <= 0) {
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

        /** (1 + growth) ^ completed years from today: the factor on wage and 计发基数 in the month's last year. */
        BigDecimal growthAfter(int months) {
            return BigDecimal.ONE.add(growth).pow(months / 12, Money.DIVISION);
        }
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

    private static Scenario scenario(String name, YearMonth month, ProjectionRequest request, Assumptions assumptions,
            RetirementAgeResult statutory, PensionParameters parameters, Status status, Trace trace) {
        if (month.isBefore(assumptions.today())) {
            status.add(StatusCode.SCENARIO_NOT_PROJECTED, name, "无" + ZH_SCENARIO.get(name) + "情形：" + month
                    + " 已过去", "no " + name + " projection: " + month + " is already past");
            return null;
        }
        int months = assumptions.monthsUntil(month);
        BigDecimal balance = balanceAfter(months, assumptions);
        BigDecimal years = assumptions.yearsAt(month);
        BigDecimal growth = assumptions.growthAfter(months);
        trace.step("projected balance", "each month: balance × (1 + interest ÷ 12) + wage × accountRate; wage × (1 +"
                + " growth) every 12 months", balance, in -> in
                        .calculated("scenario", name)
                        .request("today", assumptions.today())
                        .request("currentBalance", assumptions.balance())
                        .request("currentWage", assumptions.wage())
                        .request("annualWageGrowth", assumptions.growth())
                        .request("annualAccountInterest", assumptions.interest())
                        .request("accountRate", assumptions.accountRate())
                        .calculated("retirementMonth", month)
                        .calculated("months", months));
        if (years.signum() == 0) {
            status.add(StatusCode.SCENARIO_NOT_PROJECTED, name, "无" + ZH_SCENARIO.get(name) + "情形：到 " + month
                    + " 尚无缴费年限", "no " + name + " projection: no contribution years by " + month);
            return null;
        }
        PensionRequest estimate = new PensionRequest(request.category(), request.birthMonth(), month, years,
                request.deemedYears(), null, null, request.averageIndex(), balance, request.transitionalIndex(), null,
                null);
        PensionResult pension = PensionCalculator.estimate(estimate, statutory, parameters.scaled(growth), trace);
        status.include(pension.status(), name + ".pension.");
        return new Scenario(month, years, balance, pension);
    }

    /** The account after {@code months} monthly credits, rounded once to the 分. */
    private static BigDecimal balanceAfter(int months, Assumptions assumptions) {
        BigDecimal monthlyInterest = BigDecimal.ONE.add(assumptions.interest().divide(TWELVE, Money.DIVISION));
        BigDecimal balance = assumptions.balance();
        BigDecimal credit = assumptions.wage().multiply(assumptions.accountRate());
        BigDecimal yearlyGrowth = BigDecimal.ONE.add(assumptions.growth());
        for (int month = 0; month < months; month++) {
            if (month > 0 && month % 12 == 0) {
                credit = credit.multiply(yearlyGrowth, Money.DIVISION);
            }
            balance = balance.multiply(monthlyInterest, Money.DIVISION).add(credit, Money.DIVISION);
        }
        return balance.setScale(2, RoundingMode.HALF_UP);
    }
}
