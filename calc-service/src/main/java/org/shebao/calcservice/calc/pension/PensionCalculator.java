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

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.pension.PensionParameters.Parameter;
import org.shebao.calcservice.calc.pension.PensionRequest.Overrides;
import org.shebao.calcservice.calc.pension.PensionResult.Supplement;
import org.shebao.calcservice.calc.retirement.RetirementAgeCalculator;
import org.shebao.calcservice.calc.retirement.RetirementAgeResult;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.PensionComponent;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.TransitionalFormula;

/**
 * 基本养老金 at retirement (国发〔2005〕38号):
 * <ul>
 * <li>基础养老金 = (计发基数 + 本人指数化月平均缴费工资) ÷ 2 × 缴费年限 × 1%, where the indexed wage is 计发基数 × 平均缴费指数
 * unless the caller gives it, i.e. 计发基数 × (1 + 指数) ÷ 2 × 年限 × 1%;</li>
 * <li>个人账户养老金 = 个人账户储存额 ÷ 计发月数 at the retirement age;</li>
 * <li>过渡性养老金 for 视同缴费年限, by the region's {@link TransitionalFormula};</li>
 * <li>local supplements (fixed, and per contribution year).</li>
 * </ul>
 * Contribution years are first rounded by the region's {@code contributionYearsRounding}. Each component is rounded
 * by the region's {@code amountRounding} (default 分 half up) and the total is their sum; a rounding that applies to
 * the TOTAL rounds only the total.
 */
public final class PensionCalculator {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private PensionCalculator() {
    }

    public static PensionResult calculate(PensionRequest request, SourcedPolicy<PensionPolicy> regional,
            SourcedPolicy<PensionPolicy> national) {
        return calculate(request, regional, national, Trace.NONE);
    }

    /**
     * @param regional the region's PENSION version; may be null when the overrides give every parameter
     * @param national the national PENSION version holding the 计发月数 table; used when the regional one has none
     * @throws InvalidInputException on missing or negative inputs, deemed years above contribution years, or a
     *                               retirement month not after the birth month
     * @throws PolicyGapException    when a needed parameter is neither published nor overridden
     */
    public static PensionResult calculate(PensionRequest request, SourcedPolicy<PensionPolicy> regional,
            SourcedPolicy<PensionPolicy> national, Trace trace) {
        validate(request);
        RetirementAgeResult statutory = RetirementAgeCalculator.calculate(request.birthMonth(), request.category(),
                trace);
        PensionParameters parameters = PensionParameters.resolve(request.overrides(), regional, national);
        return estimate(request, statutory, parameters, trace);
    }

    static void validate(PensionRequest request) {
        required("category", request.category());
        YearMonth birth = required("birthMonth", request.birthMonth());
        if (request.retirementMonth() != null && !request.retirementMonth().isAfter(birth)) {
            throw new InvalidInputException("retirementMonth", "must be after birthMonth " + birth);
        }
        BigDecimal years = positive("contributionYears", request.contributionYears());
        if (nonNegativeOr("deemedYears", request.deemedYears(), BigDecimal.ZERO).compareTo(years) > 0) {
            throw new InvalidInputException("deemedYears", "cannot exceed contributionYears " + Money.text(years));
        }
        nonNegative("averageIndex", request.averageIndex());
        nonNegative("personalAccountBalance", request.personalAccountBalance());
        nonNegativeOr("transitionalIndex", request.transitionalIndex(), null);
        Overrides overrides = request.overrides();
        if (overrides != null) {
            if (overrides.calculationBase() != null) {
                positive("overrides.calculationBase", overrides.calculationBase());
            }
            if (overrides.indexedWage() != null) {
                positive("overrides.indexedWage", overrides.indexedWage());
            }
            rateOrNull("overrides.transitionalCoefficient", overrides.transitionalCoefficient());
            if (overrides.annuityMonths() != null && overrides.annuityMonths().signum() <= 0) {
                throw new InvalidInputException("overrides.annuityMonths", "must be greater than 0");
            }
        }
    }

    /** The estimate for a validated request with resolved parameters (shared with the projection). */
    static PensionResult estimate(PensionRequest request, RetirementAgeResult statutory, PensionParameters parameters,
            Trace trace) {
        Status status = new Status();
        YearMonth retirement = retirementMonth(request, statutory, status);
        Rounding rounding = parameters.amountRounding();
        boolean perComponent = rounding.appliesTo() == Rounding.Scope.LINE;

        BigDecimal years = roundedYears("contribution years", request.contributionYears(), parameters, trace);
        BigDecimal deemed = roundedYears("deemed years", Money.orZero(request.deemedYears()), parameters, trace);
        checkMinimumYears(years, retirement, status);

        Parameter base = parameters.calculationBase();
        BigDecimal indexedWage = parameters.indexedWage() != null ? parameters.indexedWage().value()
                : base.value().multiply(request.averageIndex());
        BigDecimal basic = round(base.value().add(indexedWage).divide(TWO).multiply(years).multiply(ONE_PERCENT),
                rounding, perComponent);
        trace.step("basic pension", "(calculationBase + indexedWage) ÷ 2 × years × 1%; indexedWage = calculationBase"
                + " × averageIndex unless given", basic, in -> in
                        .requestOrPolicy("calculationBase", base.value(), base.fromCaller(), base.policy())
                        .request("averageIndex", request.averageIndex())
                        .calculated("indexedWage", indexedWage)
                        .calculated("years", years)
                        .policyOrDefault("rounding", rounding, parameters.regional()));

        BigDecimal annuityMonths = annuityMonths(request.birthMonth(), retirement, parameters, trace);
        BigDecimal account = round(request.personalAccountBalance().divide(annuityMonths,
                Money.DIVISION), rounding, perComponent);
        trace.step("personal account pension", "personalAccountBalance ÷ annuityMonths", account, in -> in
                .request("personalAccountBalance", request.personalAccountBalance())
                .calculated("annuityMonths", annuityMonths));

        BigDecimal transitional = transitional(request, deemed, parameters, status, trace);
        transitional = round(transitional, rounding, perComponent);

        List<Supplement> supplements = supplements(years, parameters, rounding, perComponent, trace);
        BigDecimal total = Money.sum(basic, account, transitional);
        for (Supplement supplement : supplements) {
            total = total.add(supplement.amount());
        }
        total = perComponent ? total : rounding.apply(total);
        return new PensionResult(basic, account, transitional, supplements, total, annuityMonths, base.value(),
                retirement, source(parameters, deemed.signum() > 0), status.report());
    }

    /** POLICY, CALLER or MIXED over the parameters this estimate actually used. */
    private static ParametersSource source(PensionParameters parameters, boolean transitionalUsed) {
        Parameter coefficient = parameters.transitionalCoefficient();
        boolean fromPolicy = !parameters.calculationBase().fromCaller()
                || parameters.annuityMonthsOverride() == null
                || transitionalUsed && !coefficient.fromCaller()
                || !parameters.components().isEmpty()
                || parameters.yearsRounding() != null;
        boolean fromCaller = parameters.calculationBase().fromCaller()
                || parameters.annuityMonthsOverride() != null
                || parameters.indexedWage() != null
                || transitionalUsed && coefficient.fromCaller();
        return ParametersSource.of(fromPolicy, fromCaller);
    }

    private static YearMonth retirementMonth(PensionRequest request, RetirementAgeResult statutory,
            Status status) {
        if (request.retirementMonth() == null) {
            return statutory.retirementMonth();
        }
        YearMonth month = request.retirementMonth();
        boolean flexible = statutory.flexible() != null;
        YearMonth earliest = flexible ? statutory.flexible().earliestMonth() : statutory.retirementMonth();
        YearMonth latest = flexible ? statutory.flexible().latestMonth() : statutory.retirementMonth();
        if (month.isBefore(earliest) || month.isAfter(latest)) {
            status.add(StatusCode.OUTSIDE_FLEXIBLE_WINDOW, "retirementMonth", "退休月份 " + month + " 不在法定弹性退休区间 ["
                    + earliest + ", " + latest + "] 内（法定退休月份 " + statutory.retirementMonth() + "）；按所问月份估算",
                    "retirement month " + month + " lies outside the statutory window [" + earliest + ", " + latest
                    + "] (statutory " + statutory.retirementMonth() + "); estimated as asked");
        }
        return month;
    }

    private static BigDecimal roundedYears(String step, BigDecimal years, PensionParameters parameters, Trace trace) {
        if (parameters.yearsRounding() == null) {
            return years;
        }
        BigDecimal rounded = parameters.yearsRounding().apply(years);
        trace.step(step, "years rounded to the policy's unit", rounded, in -> in
                .request("years", years)
                .policy("yearsRounding", parameters.yearsRounding(), parameters.regional()));
        return rounded;
    }

    /** "达到法定退休年龄但不满最低缴费年限的，可以…延长缴费或者一次性缴费": a warning with the months missing. */
    private static void checkMinimumYears(BigDecimal years, YearMonth retirement, Status status) {
        BigDecimal minimum = RetirementAgeCalculator.minimumContributionYears(retirement.getYear());
        if (years.compareTo(minimum) < 0) {
            int gap = minimum.subtract(years).multiply(TWELVE).setScale(0, RoundingMode.CEILING).intValueExact();
            status.add(StatusCode.BELOW_MINIMUM_YEARS, "contributionYears", "缴费年限 " + Money.text(years)
                    + " 年低于 " + retirement.getYear() + " 年退休的最低缴费年限 " + Money.text(minimum) + " 年，差 " + gap
                    + " 个月（可延长缴费或一次性缴费）；达到前不能按月领取基本养老金", Money.text(years)
                    + " contribution years are below the minimum of " + Money.text(minimum) + " for retiring in "
                    + retirement.getYear() + ": " + gap + " months short (延长缴费 or 一次性缴费); no monthly pension until"
                    + " it is reached");
        }
    }

    private static BigDecimal annuityMonths(YearMonth birth, YearMonth retirement, PensionParameters parameters,
            Trace trace) {
        if (parameters.annuityMonthsOverride() != null) {
            trace.step("annuity months", "given by the caller", parameters.annuityMonthsOverride(), in -> in
                    .request("overrides.annuityMonths", parameters.annuityMonthsOverride()));
            return parameters.annuityMonthsOverride();
        }
        if (parameters.annuityTable() == null) {
            throw new PolicyGapException("no 计发月数 table in the regional or national PENSION policy and "
                    + "overrides.annuityMonths is not given");
        }
        int age = (int) birth.until(retirement, ChronoUnit.MONTHS);
        BigDecimal months = parameters.annuityTable().monthsAt(age);
        trace.step("annuity months", "计发月数 at the retirement age by the table's rule for ages with months", months,
                in -> in
                        .calculated("retirementAgeMonths", age)
                        .policy("table", parameters.annuityTable().monthsByAge(), parameters.annuityTable().policy()));
        return months;
    }

    private static BigDecimal transitional(PensionRequest request, BigDecimal deemed, PensionParameters parameters,
            Status status, Trace trace) {
        if (deemed.signum() == 0) {
            return BigDecimal.ZERO;
        }
        Parameter coefficient = parameters.transitionalCoefficient();
        if (coefficient == null) {
            throw new PolicyGapException("no 过渡系数 for " + Money.text(deemed) + " deemed years: "
                    + (parameters.regional() == null ? "no regional PENSION policy" : parameters.regional().label()
                            + " publishes none") + " and overrides.transitionalCoefficient is not given");
        }
        TransitionalFormula formula = parameters.transitionalFormula();
        if (formula == null) {
            formula = TransitionalFormula.BASE_TIMES_INDEX;
            status.add(StatusCode.TRANSITIONAL_FORMULA_ASSUMED, "transitional", "未公布过渡性养老金计算办法；按 计发基数 × 指数"
                    + " × 视同缴费年限 × 过渡系数 计算", "no transitional formula published; used calculation base × index"
                    + " × deemed years × transitional coefficient");
        }
        TransitionalPension strategy = TransitionalPension.of(formula);
        Parameter base = parameters.calculationBase();
        BigDecimal index = request.transitionalIndex() != null ? request.transitionalIndex() : request.averageIndex();
        BigDecimal indexedWage = parameters.indexedWage() != null ? parameters.indexedWage().value()
                : base.value().multiply(index);
        BigDecimal amount = strategy.amount(base.value(), index, indexedWage, deemed, coefficient.value());
        trace.step("transitional pension", strategy.formula(), amount, in -> in
                .requestOrPolicy("calculationBase", base.value(), base.fromCaller(), base.policy())
                .request("transitionalIndex", index)
                .calculated("indexedWage", indexedWage)
                .calculated("deemedYears", deemed)
                .requestOrPolicy("coefficient", coefficient.value(), coefficient.fromCaller(), coefficient.policy()));
        return amount;
    }

    private static List<Supplement> supplements(BigDecimal years, PensionParameters parameters, Rounding rounding,
            boolean perComponent, Trace trace) {
        List<Supplement> supplements = new ArrayList<>();
        for (PensionComponent supplement : parameters.components()) {
            BigDecimal amount = round(supplement.type() == PensionComponent.Type.FIXED ? supplement.amount()
                    : supplement.amount().multiply(years), rounding, perComponent);
            trace.step("supplement", "fixedAmount + amountPerContributionYear × years", amount, in -> in
                    .policy("label", supplement.label(), parameters.regional())
                    .policy("amount", supplement.amount(), parameters.regional())
                    .calculated("years", years));
            supplements.add(new Supplement(supplement.label(), amount));
        }
        return supplements;
    }

    private static BigDecimal round(BigDecimal amount, Rounding rounding, boolean perComponent) {
        return perComponent ? rounding.apply(amount) : amount;
    }
}
