package org.shebao.calcservice.calc.pension;

import static org.shebao.calcservice.calc.InputChecks.nonNegative;
import static org.shebao.calcservice.calc.InputChecks.nonNegativeOr;
import static org.shebao.calcservice.calc.InputChecks.positive;
import static org.shebao.calcservice.calc.InputChecks.rateOrNull;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.pension.PensionEligibility.Eligibility;
import org.shebao.calcservice.calc.pension.PensionParameters.LocalBaseParameter;
import org.shebao.calcservice.calc.pension.PensionParameters.Parameter;
import org.shebao.calcservice.calc.pension.PensionRequest.Overrides;
import org.shebao.calcservice.calc.retirement.RetirementAgeCalculator;
import org.shebao.calcservice.calc.retirement.RetirementAgeResult;
import org.shebao.contract.payload.LocalBase;
import org.shebao.contract.payload.PensionComponent;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.PensionPolicy.CoefficientRaise;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.TransitionalFormula;
import org.shebao.contract.payload.TransitionalIndex;
import org.shebao.contract.payload.TransitionalYears;

/**
 * 基本养老金 at retirement (国发〔2005〕38号):
 * <ul>
 * <li>基础养老金 = (计发基数 × a + 本人指数化月平均缴费工资) ÷ 2 × 缴费年限 × 1%, where the indexed wage is 计发基数 ×
 * 平均缴费指数 unless the caller gives it, and a = 1 unless the region states an index threshold (广东: a = 指数 ÷ 0.6
 * below 0.6);</li>
 * <li>个人账户养老金 = 个人账户储存额 ÷ 计发月数 at the retirement age (a decimal where the table is interpolated);</li>
 * <li>过渡性养老金 over the years the region counts ({@link TransitionalYears}) with the index it uses
 * ({@link TransitionalIndex}), by the region's {@link TransitionalFormula};</li>
 * <li>local components ({@link LocalComponents}).</li>
 * </ul>
 * Year counts are first rounded by the region's {@code contributionYearsRounding}. Each part is rounded by the
 * region's {@code amountRounding} (default 分 half up) and the total is their sum; a rounding that applies to the
 * TOTAL rounds only the total. A part whose input is not known is null and named in the unknown figures, and so is
 * the total; only a missing 计发基数 or 计发月数 table makes the estimate impossible.
 */
public final class PensionCalculator {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

    private PensionCalculator() {
    }

    public static PensionResult calculate(PensionRequest request, SourcedPolicy<PensionPolicy> regional,
            SourcedPolicy<PensionPolicy> national) {
        return calculate(request, regional, national, Trace.NONE);
    }

    /**
     * @param regional the region's PENSION version; may be null when the overrides give every parameter
     * @param national the national PENSION version holding the 计发月数 table; used when the regional one has none
     * @throws InvalidInputException on missing or negative inputs, year counts that do not fit together, or a
     *                               retirement month not after the birth month
     * @throws PolicyGapException    when the 计发基数 or the 计发月数 is neither published nor overridden
     */
    public static PensionResult calculate(PensionRequest request, SourcedPolicy<PensionPolicy> regional,
            SourcedPolicy<PensionPolicy> national, Trace trace) {
        validate(request);
        RetirementAgeResult statutory = RetirementAgeCalculator.calculate(request.birthMonth(), request.category(),
                trace);
        PensionParameters parameters = PensionParameters.resolve(request.overrides(), regional, national,
                request.place());
        return estimate(request, statutory, parameters, regional, national, trace);
    }

    static void validate(PensionRequest request) {
        required("category", request.category());
        YearMonth birth = required("birthMonth", request.birthMonth());
        if (request.retirementMonth() != null && !request.retirementMonth().isAfter(birth)) {
            throw new InvalidInputException("retirementMonth", "must be after birthMonth " + birth);
        }
        BigDecimal years = positive("contributionYears", request.contributionYears());
        BigDecimal deemed = partOf("deemedYears", request.deemedYears(), "contributionYears", years);
        BigDecimal before = partOf("yearsBeforeAccount", request.yearsBeforeAccount(), "contributionYears", years);
        BigDecimal actual = partOf("actualYearsBeforeAccount", request.actualYearsBeforeAccount(),
                before != null ? "yearsBeforeAccount" : "contributionYears", before != null ? before : years);
        if (deemed != null && before != null) {
            if (deemed.compareTo(before) > 0) {
                throw new InvalidInputException("yearsBeforeAccount", "cannot be less than deemedYears "
                        + Money.text(deemed) + " (it counts them and the actual years before the account)");
            }
            if (actual != null && deemed.add(actual).compareTo(before) != 0) {
                throw new InvalidInputException("actualYearsBeforeAccount", "must be yearsBeforeAccount − deemedYears"
                        + " = " + Money.text(before.subtract(deemed)) + " when all three are given");
            }
        }
        nonNegative("averageIndex", request.averageIndex());
        nonNegative("personalAccountBalance", request.personalAccountBalance());
        nonNegativeOr("transitionalIndex", request.transitionalIndex(), null);
        nonNegativeOr("notionalAccountBalance", request.notionalAccountBalance(), null);
        Overrides overrides = request.overrides();
        if (overrides != null) {
            if (overrides.calculationBase() != null) {
                positive("overrides.calculationBase", overrides.calculationBase());
            }
            if (overrides.indexedWage() != null) {
                positive("overrides.indexedWage", overrides.indexedWage());
            }
            rateOrNull("overrides.transitionalCoefficient", overrides.transitionalCoefficient());
            if (overrides.annuityMonths() != null) {
                positive("overrides.annuityMonths", overrides.annuityMonths());
            }
        }
    }

    /** An optional year count: ≥ 0 and at most the count it is part of; returned as given (null when absent). */
    static BigDecimal partOf(String field, BigDecimal value, String wholeField, BigDecimal whole) {
        if (nonNegativeOr(field, value, BigDecimal.ZERO).compareTo(whole) > 0) {
            throw new InvalidInputException(field, "cannot exceed " + wholeField + " " + Money.text(whole));
        }
        return value;
    }

    /**
     * The estimate for a validated request with resolved parameters (shared with the projection). Below the minimum
     * years nothing is payable: the amounts are null and the estimate at the minimum years is under
     * {@code ifMinimumReached} ({@link PensionEligibility}).
     *
     * @param regional the region's version, for whether it permits 一次性缴费; may be null
     * @param national the national version, for the ways to reach the minimum; may be null
     */
    static PensionResult estimate(PensionRequest request, RetirementAgeResult statutory, PensionParameters parameters,
            SourcedPolicy<PensionPolicy> regional, SourcedPolicy<PensionPolicy> national, Trace trace) {
        Status status = new Status();
        YearMonth retirement = retirementMonth(request, statutory, status);
        Rounding rounding = parameters.amountRounding();
        boolean perComponent = rounding.appliesTo() == Rounding.Scope.LINE;
        UnaryOperator<BigDecimal> round = amount -> amount == null || !perComponent ? amount : rounding.apply(amount);

        PersonYears years = PersonYears.of(request, raw -> roundedYears(raw, parameters, trace));
        Eligibility eligibility = PensionEligibility.assess(years.contribution(), retirement, national, regional,
                status);

        Parameter base = parameters.calculationBase();
        BigDecimal indexedWage = parameters.indexedWage() != null ? parameters.indexedWage().value()
                : base.value().multiply(request.averageIndex());
        BigDecimal basicWage = basicWage(request.averageIndex(), indexedWage, parameters, status, trace);
        BigDecimal basic = round.apply(basic(basicWage, years.contribution(), parameters, trace));

        BigDecimal annuityMonths = annuityMonths(request.birthMonth(), retirement, parameters, trace);
        BigDecimal account = round.apply(request.personalAccountBalance().divide(annuityMonths, Money.DIVISION));
        trace.step("personal account pension", "personalAccountBalance ÷ annuityMonths", account, in -> in
                .request("personalAccountBalance", request.personalAccountBalance())
                .calculated("annuityMonths", annuityMonths));

        TransitionalIndexChoice index = new TransitionalIndexChoice(request, parameters, status);
        BigDecimal transitional = round.apply(transitional(years, index, parameters, status, trace));

        List<PensionResult.Component> components = LocalComponents.calculate(new LocalComponents.Inputs(base,
                indexedWage, request.averageIndex(), index, years, request.notionalAccountBalance(), basicWage,
                request.place(), parameters), round, status, trace);
        BigDecimal total = Money.sumOrNull(basic, account, transitional);
        for (PensionResult.Component component : components) {
            total = total == null ? null : Money.sumOrNull(total, component.amount());
        }
        if (total == null) {
            status.unknown("total", status.reasonUnder(""));
        } else if (!perComponent) {
            total = rounding.apply(total);
        }
        PensionResult result = new PensionResult(basic, account, transitional, components, total, annuityMonths,
                base.value(), retirement, source(parameters, transitional != null && transitional.signum() > 0),
                status.report(), eligibility, null);
        return eligibility.eligible() ? result : result.notPayable(estimate(
                request.withContributionYears(eligibility.minimumYears()), statutory, parameters, regional, national,
                trace));
    }

    /**
     * The basic pension's wage, (计发基数 × a + indexedWage) ÷ 2; a = index ÷ threshold below the region's threshold,
     * else 1. Where the region pools on the local base (吉林), its first term is the local base; null when that is
     * unknown.
     */
    private static BigDecimal basicWage(BigDecimal averageIndex, BigDecimal indexedWage, PensionParameters parameters,
            Status status, Trace trace) {
        Parameter base = pooledBase(LocalBase.Part.BASIC_POOLED, parameters, status, "basic", "基础养老金",
                "the basic pension");
        if (base == null) {
            return null;
        }
        BigDecimal threshold = parameters.aValueIndexThreshold();
        BigDecimal a = threshold != null && averageIndex.compareTo(threshold) < 0
                ? averageIndex.divide(threshold, Money.DIVISION) : BigDecimal.ONE;
        BigDecimal wage = base.value().multiply(a).add(indexedWage).divide(TWO);
        trace.step("basic pension wage", "(calculationBase × a + indexedWage) ÷ 2; indexedWage = calculationBase × "
                + "averageIndex unless given; a = averageIndex ÷ aValueIndexThreshold below the threshold, else 1",
                wage, in -> in
                        .requestOrPolicy(baseName(LocalBase.Part.BASIC_POOLED, parameters), base.value(),
                                base.fromCaller(), base.policy())
                        .request("averageIndex", averageIndex)
                        .calculated("indexedWage", indexedWage)
                        .policyOrDefault("aValueIndexThreshold", threshold, parameters.regional())
                        .calculated("a", a));
        return wage;
    }

    /** basicWage × years × 1%. */
    private static BigDecimal basic(BigDecimal wage, BigDecimal years, PensionParameters parameters, Trace trace) {
        if (wage == null) {
            return null;
        }
        BigDecimal basic = wage.multiply(years).multiply(ONE_PERCENT);
        trace.step("basic pension", "basicWage × years × 1%", basic, in -> in
                .calculated("basicWage", wage)
                .calculated("years", years)
                .policyOrDefault("rounding", parameters.amountRounding(), parameters.regional()));
        return basic;
    }

    /** POLICY, CALLER or MIXED over the parameters this estimate actually used. */
    private static ParametersSource source(PensionParameters parameters, boolean transitionalUsed) {
        Parameter coefficient = parameters.transitionalCoefficient();
        boolean coefficientFromCaller = transitionalUsed && coefficient != null && coefficient.fromCaller();
        boolean fromPolicy = !parameters.calculationBase().fromCaller()
                || parameters.annuityMonthsOverride() == null
                || transitionalUsed && coefficient != null && !coefficient.fromCaller()
                || !parameters.components().isEmpty()
                || parameters.yearsRounding() != null;
        boolean fromCaller = parameters.calculationBase().fromCaller()
                || parameters.annuityMonthsOverride() != null
                || parameters.indexedWage() != null
                || coefficientFromCaller;
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

    private static BigDecimal roundedYears(BigDecimal years, PensionParameters parameters, Trace trace) {
        if (parameters.yearsRounding() == null) {
            return years;
        }
        BigDecimal rounded = parameters.yearsRounding().apply(years);
        trace.step("years", "years rounded to the policy's unit", rounded, in -> in
                .request("years", years)
                .policy("yearsRounding", parameters.yearsRounding(), parameters.regional()));
        return rounded;
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
                        .policy("annuityAgeRule", parameters.annuityTable().rule(), parameters.annuityTable().policy())
                        .policy("table", parameters.annuityTable().monthsByAge(), parameters.annuityTable().policy()));
        return months;
    }

    /** 过渡性养老金 over the region's years with its index; null (and named unknown) when an input is missing. */
    private static BigDecimal transitional(PersonYears years, TransitionalIndexChoice index,
            PensionParameters parameters, Status status, Trace trace) {
        BigDecimal counted = transitionalYears(years, parameters, status);
        if (counted == null) {
            status.unknown("transitional", StatusCode.INPUT_NOT_GIVEN);
            return null;
        }
        if (counted.signum() == 0) {
            return BigDecimal.ZERO;
        }
        Parameter coefficient = parameters.transitionalCoefficient();
        if (coefficient == null) {
            status.add(StatusCode.RATE_NOT_PUBLISHED, "transitional", "未公布过渡系数，且未提供 "
                    + "overrides.transitionalCoefficient：过渡性养老金未知", "no 过渡系数 is published and "
                    + "overrides.transitionalCoefficient is not given: the transitional pension is unknown");
            status.unknown("transitional", StatusCode.RATE_NOT_PUBLISHED);
            return null;
        }
        BigDecimal rate = coefficient(coefficient, years, parameters, status, trace);
        BigDecimal transitionalIndex = index.value();
        if (rate == null || transitionalIndex == null) {
            status.unknown("transitional", StatusCode.INPUT_NOT_GIVEN);
            return null;
        }
        TransitionalFormula formula = parameters.transitionalFormula();
        if (formula == null) {
            formula = TransitionalFormula.BASE_TIMES_INDEX;
            status.add(StatusCode.TRANSITIONAL_FORMULA_ASSUMED, "transitional", "未公布过渡性养老金计算办法；按 计发基数 × 指数"
                    + " × 过渡年限 × 过渡系数 计算", "no transitional formula published; used calculation base × index"
                    + " × transitional years × transitional coefficient");
        }
        TransitionalPension strategy = TransitionalPension.of(formula);
        Parameter base = pooledBase(LocalBase.Part.TRANSITIONAL, parameters, status, "transitional", "过渡性养老金",
                "the transitional pension");
        if (base == null) {
            return null;
        }
        BigDecimal indexedWage = parameters.indexedWage() != null ? parameters.indexedWage().value()
                : base.value().multiply(transitionalIndex);
        BigDecimal amount = strategy.amount(base.value(), transitionalIndex, indexedWage, counted, rate);
        trace.step("transitional pension", strategy.formula(), amount, in -> in
                .requestOrPolicy(baseName(LocalBase.Part.TRANSITIONAL, parameters), base.value(), base.fromCaller(),
                        base.policy())
                .calculated("transitionalIndex", transitionalIndex)
                .policyOrDefault("transitionalIndexRule", index.rule(), parameters.regional())
                .calculated("indexedWage", indexedWage)
                .policyOrDefault("transitionalYears", parameters.transitionalYears(), parameters.regional())
                .calculated("years", counted)
                .requestOrPolicy("coefficient", rate, coefficient.fromCaller(), coefficient.policy()));
        return amount;
    }

    /**
     * The base a part is computed on: the local base where the region says so (the caller's, the city's, or the
     * province's for cities without one), else the 计发基数. Null, named in the unknown figures, when the local base of
     * the place is not known.
     */
    private static Parameter pooledBase(LocalBase.Part part, PensionParameters parameters, Status status,
            String field, String zh, String en) {
        LocalBaseParameter local = parameters.localBase();
        if (!local.used(part)) {
            return parameters.calculationBase();
        }
        if (local.base() == null) {
            InputNotGiven.report(status, "overrides.localCalculationBase", zh, en);
            status.unknown(field, StatusCode.INPUT_NOT_GIVEN);
        }
        return local.base();
    }

    private static String baseName(LocalBase.Part part, PensionParameters parameters) {
        return parameters.localBase().used(part) ? "localCalculationBase" : "calculationBase";
    }

    /** The 过渡系数, raised where the region pays more for longer actual contributions (吉林); null when unknowable. */
    private static BigDecimal coefficient(Parameter coefficient, PersonYears years, PensionParameters parameters,
            Status status, Trace trace) {
        CoefficientRaise raise = parameters.coefficientRaise();
        if (raise == null) {
            return coefficient.value();
        }
        BigDecimal actual = years.of(PensionComponent.Years.ACTUAL, status);
        if (actual == null) {
            return null;
        }
        BigDecimal rate = actual.compareTo(raise.actualYearsAbove()) > 0 ? raise.coefficient() : coefficient.value();
        trace.step("transitional coefficient", "coefficientRaise.coefficient when actual years (contribution − deemed)"
                + " exceed coefficientRaise.actualYearsAbove, else transitionalCoefficient", rate, in -> in
                        .calculated("actualYears", actual)
                        .policy("actualYearsAbove", raise.actualYearsAbove(), parameters.regional())
                        .policy("raisedCoefficient", raise.coefficient(), parameters.regional()));
        return rate;
    }

    /** The years the region's transitional pension counts; null when the request does not tell them. */
    private static BigDecimal transitionalYears(PersonYears years, PensionParameters parameters, Status status) {
        TransitionalYears rule = parameters.transitionalYears();
        if (rule == TransitionalYears.BEFORE_ACCOUNT) {
            BigDecimal before = years.beforeAccount(status);
            if (before == null) {
                InputNotGiven.report(status, "yearsBeforeAccount", "过渡性养老金", "the transitional pension");
            }
            return before;
        }
        BigDecimal deemed = years.deemed();
        if (deemed == null) {
            InputNotGiven.report(status, "deemedYears", "过渡性养老金", "the transitional pension");
            return null;
        }
        if (rule == null && deemed.signum() > 0 && parameters.regional() != null) {
            status.add(StatusCode.TRANSITIONAL_YEARS_ASSUMED, "transitional", parameters.regional().label()
                    + " 未说明过渡性养老金计算哪些年限；仅按视同缴费年限计算", parameters.regional().label() + " does not say"
                    + " which years the transitional pension counts; deemed years only were counted");
        }
        return deemed;
    }
}
