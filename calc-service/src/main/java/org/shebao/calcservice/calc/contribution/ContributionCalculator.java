package org.shebao.calcservice.calc.contribution;

import static org.shebao.calcservice.calc.InputChecks.positive;
import static org.shebao.calcservice.calc.InputChecks.rateOrNull;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.contribution.ContributionResult.HousingFund;
import org.shebao.calcservice.calc.contribution.ContributionResult.Line;
import org.shebao.calcservice.calc.contribution.ContributionResult.PersonalAccounts;
import org.shebao.calcservice.calc.contribution.ContributionResult.Totals;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.ContributionLine;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.HousingFundRule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.PersonalAccountRule;
import org.shebao.contract.payload.RateRange;
import org.shebao.contract.payload.Rounding;

/**
 * 社保缴费: the monthly bill of one participant under one CONTRIBUTION policy version.
 *
 * <p>Per line: 缴费基数 = wage clamped to the line's [下限, 上限]; each side's amount = 基数 × 费率 + fixed amount
 * (北京 大额互助 3 元). Amounts are rounded once, where the policy's {@link Rounding} says: each amount ({@code LINE},
 * 上海 "见分进角" = scale 1, UP) or only the employer and employee totals ({@code TOTAL}). A side the policy gives
 * neither a rate nor a fixed amount is "not published": that amount is null, so is its side's total, and a warning
 * says so; a rate of 0 is zero (a flexible worker's employer side).
 */
public final class ContributionCalculator {

    private enum Side {
        EMPLOYER("employer", "单位", "employer amount"),
        EMPLOYEE("employee", "个人", "employee amount");

        final String label;
        final String zh;
        final String step;

        Side(String label, String zh, String step) {
            this.label = label;
            this.zh = zh;
            this.step = step;
        }
    }

    /** What every line of one bill shares. */
    private record Bill(ContributionRequest request, BigDecimal wage, ContributionSchedule schedule, PolicyRef ref,
            Rounding rounding, Status status, Trace trace) {
    }

    private ContributionCalculator() {
    }

    public static ContributionResult calculate(ContributionRequest request, SourcedPolicy<ContributionPolicy> policy) {
        return calculate(request, policy, Trace.NONE);
    }

    /** A bill without housing fund rule: a fund asked for is unknown. */
    public static ContributionResult calculate(ContributionRequest request, SourcedPolicy<ContributionPolicy> policy,
            Trace trace) {
        return calculate(request, policy, null, trace);
    }

    /**
     * @param housingFund the 住房公积金 rule for the month (the HOUSING_FUND policy, or a what-if's own rule); null when
     *                    none applies, and then a fund that was asked for is unknown
     * @throws InvalidInputException on a missing participant type or month, a wage ≤ 0, a work-injury rate outside the
     *                               published range, or a housing-fund rate missing (none is published by default) or
     *                               outside the published range
     * @throws PolicyGapException    when the policy has no schedule for the participant type, or a line with rates has
     *                               no base bounds
     */
    public static ContributionResult calculate(ContributionRequest request, SourcedPolicy<ContributionPolicy> policy,
            SourcedPolicy<HousingFundRule> housingFund, Trace trace) {
        ParticipantType type = required("participantType", request.participantType());
        required("month", request.month());
        BigDecimal wage = positive("wage", request.wage());
        rateOrNull("workInjuryRate", request.workInjuryRate());
        ContributionSchedule schedule = policy.payload().participants().get(type);
        if (schedule == null) {
            throw new PolicyGapException(policy.ref().label() + " has no " + type + " schedule");
        }
        Bill bill = new Bill(request, wage, schedule, policy.ref(), policy.payload().rounding(), new Status(), trace);
        checkWorkInjuryRate(bill);

        List<Line> lines = new ArrayList<>();
        for (ContributionLine line : schedule.lines()) {
            lines.add(line(lines.size(), line, bill));
        }
        Totals totals = totals(lines, bill);
        PersonalAccounts accounts = personalAccounts(lines, bill);
        HousingFund fund = Boolean.TRUE.equals(request.includeHousingFund()) ? housingFund(housingFund, bill) : null;
        return new ContributionResult(List.copyOf(lines), totals, accounts, fund, bill.status().report());
    }

    private static Line line(int index, ContributionLine line, Bill bill) {
        ClampedBase base = line.hasRates() ? base(line, bill) : null;
        BigDecimal employerRate = employerRate(line, bill);
        String field = "lines[" + index + "].";
        BigDecimal employerAmount = amount(field, line, Side.EMPLOYER, base, employerRate, line.employerFixed(), bill);
        BigDecimal employeeAmount = amount(field, line, Side.EMPLOYEE, base, line.employeeRate(), line.employeeFixed(),
                bill);
        return new Line(line.insurance(), line.label(), base == null ? null : base.base(),
                base == null ? BaseAdjustment.NONE : base.adjustment(), employerRate, line.employeeRate(),
                employerAmount, employeeAmount);
    }

    private static ClampedBase base(ContributionLine line, Bill bill) {
        BaseRange range = bill.schedule().baseFor(line);
        if (range == null) {
            throw new PolicyGapException(bill.ref().label() + ": " + line.label() + " has rates but no base bounds");
        }
        ClampedBase base = ClampedBase.of(bill.wage(), range);
        bill.trace().step("base", "clamp(wage, floor, ceiling)", base.base(), in -> in
                .policy("line", line.label(), bill.ref())
                .request("wage", bill.wage())
                .policy("floor", range.floor(), bill.ref())
                .policy("ceiling", range.ceiling(), bill.ref()));
        return base;
    }

    /** The caller's 工伤 rate where the line lets the employer choose; otherwise the published rate or default. */
    private static BigDecimal employerRate(ContributionLine line, Bill bill) {
        RateRange range = line.employerRateRange();
        if (range == null) {
            return line.employerRate();
        }
        BigDecimal requested = bill.request().workInjuryRate();
        return line.insurance() == InsuranceType.WORK_INJURY && requested != null ? requested : range.defaultRate();
    }

    private static void checkWorkInjuryRate(Bill bill) {
        BigDecimal requested = bill.request().workInjuryRate();
        if (requested == null) {
            return;
        }
        ContributionLine line = bill.schedule().lines().stream()
                .filter(l -> l.insurance() == InsuranceType.WORK_INJURY).findFirst().orElse(null);
        if (line == null) {
            bill.status().add(StatusCode.INPUT_IGNORED, "workInjuryRate", "已忽略 workInjuryRate：" + bill.ref().label()
                    + " 不向 " + bill.request().participantType() + " 收取工伤保险", "workInjuryRate ignored: "
                    + bill.ref().label() + " bills no work-injury insurance to " + bill.request().participantType());
        } else if (line.employerRateRange() == null) {
            bill.status().add(StatusCode.INPUT_IGNORED, "workInjuryRate", "已忽略 workInjuryRate：" + bill.ref().label()
                    + " 规定" + line.label() + "费率为 " + Money.percent(line.employerRate()), "workInjuryRate ignored: "
                    + bill.ref().label() + " fixes the " + line.label() + " rate at "
                    + Money.percent(line.employerRate()));
        } else if (!line.employerRateRange().contains(requested)) {
            throw new InvalidInputException("workInjuryRate", "must lie within " + range(line.employerRateRange())
                    + " published by " + bill.ref().label() + ", was " + Money.text(requested));
        }
    }

    /**
     * One side of a line: base × rate + fixed amount. A side without a rate but with a fixed amount is a fixed-amount
     * side (大额互助 3 元); a side with neither is not published: its amount is null, and so is that side's total.
     */
    private static BigDecimal amount(String field, ContributionLine line, Side side, ClampedBase base,
            BigDecimal rate, BigDecimal fixed, Bill bill) {
        BigDecimal exact;
        if (rate != null) {
            exact = (base == null ? BigDecimal.ZERO : base.base().multiply(rate)).add(Money.orZero(fixed));
        } else if (fixed != null) {
            exact = fixed;
        } else {
            StatusCode reason = notPublished(field, line, side, bill);
            bill.status().unknown(field + side.label + "Amount", reason);
            return null;
        }
        BigDecimal amount = bill.rounding().appliesTo() == Rounding.Scope.LINE
                ? bill.rounding().apply(exact)
                : exact;
        bill.trace().step(side.step, "base × rate + fixed (rounded here when the policy rounds per line)", amount,
                in -> in
                        .policy("line", line.label(), bill.ref())
                        .calculated("base", base == null ? null : base.base())
                        .requestOrPolicy("rate", rate, rateFromRequest(line, side, bill), bill.ref())
                        .policy("fixed", fixed, bill.ref())
                        .policy("rounding", bill.rounding(), bill.ref()));
        return amount;
    }

    /** Says why a side has no amount, and returns that reason. */
    private static StatusCode notPublished(String field, ContributionLine line, Side side, Bill bill) {
        String rateField = field + side.label + "Rate";
        if (side == Side.EMPLOYER && line.insurance() == InsuranceType.WORK_INJURY && line.employerRateRange() != null) {
            bill.status().add(StatusCode.NO_DEFAULT_RATE, rateField, line.label() + "：" + bill.ref().label()
                    + " 未公布默认单位费率；请在 " + range(line.employerRateRange()) + " 内提供 workInjuryRate，否则单位合计未知",
                    line.label() + ": " + bill.ref().label() + " publishes no default employer rate; give "
                    + "workInjuryRate within " + range(line.employerRateRange()) + "; until then the employer total "
                    + "is unknown");
            return StatusCode.NO_DEFAULT_RATE;
        }
        bill.status().add(StatusCode.RATE_NOT_PUBLISHED, rateField, line.label() + "：" + bill.ref().label() + " 未公布"
                + side.zh + "费率，" + side.zh + "缴费额及合计未知", line.label() + ": " + side.label
                + " rate not published in " + bill.ref().label() + ", so the " + side.label
                + " amount and total are unknown");
        return StatusCode.RATE_NOT_PUBLISHED;
    }

    private static boolean rateFromRequest(ContributionLine line, Side side, Bill bill) {
        return side == Side.EMPLOYER && line.insurance() == InsuranceType.WORK_INJURY
                && line.employerRateRange() != null && bill.request().workInjuryRate() != null;
    }

    /** A side's total is unknown (null) when any of its amounts is: a sum with an unpublished part would mislead. */
    private static Totals totals(List<Line> lines, Bill bill) {
        BigDecimal employer = side(Side.EMPLOYER, lines.stream().map(Line::employerAmount).toList(), bill);
        BigDecimal employee = side(Side.EMPLOYEE, lines.stream().map(Line::employeeAmount).toList(), bill);
        Totals totals = new Totals(employer, employee,
                employer == null || employee == null ? null : employer.add(employee));
        if (totals.total() == null) {
            bill.status().unknown("totals.total", bill.status().reasonUnder("lines["));
        }
        bill.trace().step("totals", "Σ employer amounts, Σ employee amounts (each rounded here when the policy"
                + " rounds the totals); total = employer + employee", totals, in -> in
                        .calculated("lines", lines.size())
                        .policy("rounding", bill.rounding(), bill.ref()));
        return totals;
    }

    private static BigDecimal side(Side side, List<BigDecimal> amounts, Bill bill) {
        if (amounts.contains(null)) {
            bill.status().unknown("totals." + side.label, bill.status().reasonUnder("lines[" + amounts.indexOf(null)
                    + "]." + side.label));
            return null;
        }
        BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return bill.rounding().appliesTo() == Rounding.Scope.TOTAL ? bill.rounding().apply(sum) : sum;
    }

    private static PersonalAccounts personalAccounts(List<Line> lines, Bill bill) {
        PersonalAccountRule rule = bill.schedule().personalAccounts();
        return new PersonalAccounts(
                credit("pension", "养老保险", lines, InsuranceType.PENSION, rule == null ? null : rule.pensionRate(), bill),
                credit("medical", "医疗保险", lines, InsuranceType.MEDICAL, rule == null ? null : rule.medicalRate(), bill));
    }

    /**
     * base of the insurance's line × crediting rate; null when either is missing. A missing rate is unknown; a missing
     * line means there is no such account to credit.
     */
    private static BigDecimal credit(String account, String zh, List<Line> lines, InsuranceType insurance,
            BigDecimal rate, Bill bill) {
        BigDecimal base = lines.stream().filter(l -> l.insurance() == insurance && l.base() != null)
                .map(Line::base).findFirst().orElse(null);
        if (rate == null && base != null) {
            String field = "personalAccounts." + account;
            bill.status().add(StatusCode.ACCOUNT_RATE_NOT_PUBLISHED, field, bill.ref().label() + " 未公布" + zh
                    + "个人账户划入比例，该账户的月划入额未知", bill.ref().label() + " publishes no crediting rate for the "
                    + account + " personal account, so its monthly credit is unknown");
            bill.status().unknown(field, StatusCode.ACCOUNT_RATE_NOT_PUBLISHED);
        }
        if (rate == null || base == null) {
            return null;
        }
        BigDecimal credit = bill.rounding().apply(base.multiply(rate));
        bill.trace().step(account + " account", "base × crediting rate", credit, in -> in
                .calculated("base", base)
                .policy("rate", rate, bill.ref()));
        return credit;
    }

    private static HousingFund housingFund(SourcedPolicy<HousingFundRule> policy, Bill bill) {
        if (policy == null) {
            bill.status().add(StatusCode.NO_HOUSING_FUND_RULE, "includeHousingFund", "未计算住房公积金：该地区 "
                    + bill.request().month() + " 无适用的住房公积金政策（HOUSING_FUND）", "housing fund not computed: no "
                    + "HOUSING_FUND policy applies to the region in " + bill.request().month());
            bill.status().unknown("housingFund", StatusCode.NO_HOUSING_FUND_RULE);
            return null;
        }
        HousingFundRule rule = policy.payload();
        BigDecimal employerRate = chosenRate("housingFundEmployerRate", bill.request().housingFundEmployerRate(),
                rule.employerRate(), policy.ref());
        BigDecimal employeeRate = chosenRate("housingFundEmployeeRate", bill.request().housingFundEmployeeRate(),
                rule.employeeRate(), policy.ref());
        ClampedBase base = ClampedBase.of(bill.wage(), rule.base());
        Rounding rounding = rule.rounding() != null ? rule.rounding() : Rounding.FEN_HALF_UP;
        BigDecimal employer = rounding.apply(base.base().multiply(employerRate));
        BigDecimal employee = rounding.apply(base.base().multiply(employeeRate));
        bill.trace().step("housing fund", "clamp(wage, floor, ceiling) × rate per side, rounded per housing-fund rule",
                employer.add(employee), in -> in
                        .request("wage", bill.wage())
                        .policy("floor", rule.base().floor(), policy.ref())
                        .policy("ceiling", rule.base().ceiling(), policy.ref())
                        .requestOrPolicy("employerRate", employerRate,
                                bill.request().housingFundEmployerRate() != null, policy.ref())
                        .requestOrPolicy("employeeRate", employeeRate,
                                bill.request().housingFundEmployeeRate() != null, policy.ref())
                        .policy("rounding", rounding, policy.ref()));
        return new HousingFund(base.base(), base.adjustment(), employerRate, employeeRate, employer, employee);
    }

    /** The caller's rate within the range; the published default only where there is one (rarely: none by law). */
    private static BigDecimal chosenRate(String field, BigDecimal requested, RateRange range, PolicyRef ref) {
        if (requested == null && range.defaultRate() == null) {
            throw new InvalidInputException(field, "required with includeHousingFund: choose a rate within "
                    + range(range) + " (" + ref.label() + " publishes no default)");
        }
        if (requested == null) {
            return range.defaultRate();
        }
        if (!range.contains(requested)) {
            throw new InvalidInputException(field, "must lie within " + range(range) + " published by "
                    + ref.label() + ", was " + Money.text(requested));
        }
        return requested;
    }

    private static String range(RateRange range) {
        return "[" + Money.text(range.min()) + ", " + Money.text(range.max()) + "]";
    }

}
