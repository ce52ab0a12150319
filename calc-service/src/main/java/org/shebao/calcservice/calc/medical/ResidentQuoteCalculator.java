package org.shebao.calcservice.calc.medical;

import static org.shebao.calcservice.calc.InputChecks.nonNegativeOr;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.medical.ResidentQuoteRequest.Member;
import org.shebao.calcservice.calc.medical.ResidentQuoteRequest.SchemeSwitch;
import org.shebao.calcservice.calc.medical.ResidentQuoteResult.Situation;
import org.shebao.calcservice.calc.medical.ResidentQuoteResult.WaitingCase;
import org.shebao.contract.payload.ContinuityRule;
import org.shebao.contract.payload.ResidentFee;
import org.shebao.contract.payload.ResidentMedicalPolicy;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.WaitingPeriodRule;

/**
 * 城乡居民医保: the individual fee of each member line, and the 待遇等待期 (国办发〔2024〕38号):
 * <ul>
 * <li>none for a newborn where newborns are exempt, nor for whoever enrols in the 集中参保期 without a break, nor
 * after a switch from 职工医保 that the continuity rule allows (医保办发〔2021〕43号: ≥ 2 continuous years, gap ≤ 3
 * months);</li>
 * <li>otherwise "固定待遇等待期" + max(0, 断保年数 × months per broken year − 修复年数 × months per repaired year);</li>
 * <li>at least the long-break floor once the break reaches its threshold (from 2025: 4+ years → 6 months);</li>
 * <li>at most the local cap, where one is published.</li>
 * </ul>
 * A request that says neither whether the enrolment is in the window, nor the broken years, nor a switch gets the
 * waiting period of each case instead of one assumed.
 */
public final class ResidentQuoteCalculator {

    private ResidentQuoteCalculator() {
    }

    public static ResidentQuoteResult calculate(ResidentQuoteRequest request,
            SourcedPolicy<ResidentMedicalPolicy> policy) {
        return calculate(request, policy, Trace.NONE);
    }

    /**
     * @throws InvalidInputException on a missing year or members, a count below 1, negative years
     * @throws PolicyGapException    when the policy is for another coverage year or prices no fee for a category
     */
    public static ResidentQuoteResult calculate(ResidentQuoteRequest request,
            SourcedPolicy<ResidentMedicalPolicy> policy, Trace trace) {
        int year = required("coverageYear", request.coverageYear());
        List<Member> members = required("members", request.members());
        if (members.isEmpty()) {
            throw new InvalidInputException("members", "must list at least one member");
        }
        int broken = nonNegativeOr("brokenYears", request.brokenYears(), 0);
        int repaired = nonNegativeOr("repairedYears", request.repairedYears(), 0);
        ResidentMedicalPolicy payload = policy.payload();
        PolicyRef ref = policy.ref();
        if (payload.coverageYear() != year) {
            throw new PolicyGapException(ref.label() + " covers " + payload.coverageYear() + ", not " + year);
        }
        Status status = new Status();
        if (payload.minimumStandard()) {
            status.add(StatusCode.NATIONAL_MINIMUM_FEES, "lines", ref.label() + " 的缴费标准为全国最低标准，当地标准可能更高",
                    "the fees of " + ref.label() + " are national minimums; local fees may be higher");
        }

        List<ResidentQuoteResult.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < members.size(); i++) {
            ResidentQuoteResult.Line line = line(i, members.get(i), payload, ref, trace);
            lines.add(line);
            total = total.add(line.amount());
        }
        if (request.brokenYears() == null && request.enrolledInWindow() == null && request.schemeSwitch() == null
                && !newbornExempt(request, payload.waitingPeriod())) {
            List<WaitingCase> cases = cases(repaired, payload, ref);
            status.add(StatusCode.WAITING_PERIOD_BY_CASE, "waitingMonths", "未说明是否在集中参保期内参保、是否连续参保："
                    + "按情形分别给出待遇等待期", "whether the enrolment is within the window and continuous is not "
                    + "stated: the waiting period is given for each case");
            status.unknown("waitingMonths", StatusCode.WAITING_PERIOD_BY_CASE);
            return new ResidentQuoteResult(lines, total, null, null, cases, status.report());
        }
        Waiting waiting = waiting(request, broken, repaired, payload, ref, status, trace);
        return new ResidentQuoteResult(lines, total, waiting.months(), waiting.rule(), List.of(), status.report());
    }

    private static ResidentQuoteResult.Line line(int index, Member member, ResidentMedicalPolicy payload,
            PolicyRef ref, Trace trace) {
        String field = "members[" + index + "]";
        required(field, member);
        required(field + ".category", member.category());
        int count = required(field + ".count", member.count());
        if (count < 1) {
            throw new InvalidInputException(field + ".count", "must be at least 1, was " + count);
        }
        ResidentFee fee = payload.feeFor(member.category());
        if (fee == null) {
            throw new PolicyGapException(ref.label() + " prices no fee for " + member.category());
        }
        BigDecimal amount = Rounding.FEN_HALF_UP.apply(fee.annualFee().multiply(BigDecimal.valueOf(count)));
        trace.step("fee", "annualFee × count", amount, in -> in
                .request("category", member.category())
                .request("count", count)
                .policy("annualFee", fee.annualFee(), ref));
        return new ResidentQuoteResult.Line(member.category(), fee.label(), count, fee.annualFee(), amount);
    }

    private record Waiting(int months, String rule) {
    }

    private static boolean newbornExempt(ResidentQuoteRequest request, WaitingPeriodRule rule) {
        return Boolean.TRUE.equals(request.newborn()) && rule.newbornExempt();
    }

    private static Waiting waiting(ResidentQuoteRequest request, int broken, int repaired,
            ResidentMedicalPolicy payload, PolicyRef ref, Status status, Trace trace) {
        WaitingPeriodRule rule = payload.waitingPeriod();
        Waiting waiting;
        Waiting switched = request.schemeSwitch() == null ? null
                : switched(request.schemeSwitch(), payload.continuity(), ref, status);
        if (newbornExempt(request, rule)) {
            waiting = new Waiting(0, "新生儿：不设待遇等待期");
        } else if (switched != null) {
            waiting = switched;
        } else if (Boolean.TRUE.equals(request.enrolledInWindow()) && broken == 0) {
            waiting = IN_WINDOW;
        } else {
            waiting = computed(broken, repaired, rule);
        }
        int months = waiting.months();
        trace.step("waiting period", "0 for newborns, switches within the continuity rule and continuous enrolment in "
                + "the window; else fixed + max(0, broken × perBroken − repaired × perRepaired), ≥ long-break floor, "
                + "≤ cap", months, in -> in
                        .request("newborn", request.newborn())
                        .request("enrolledInWindow", request.enrolledInWindow())
                        .request("schemeSwitch", request.schemeSwitch())
                        .request("brokenYears", broken)
                        .request("repairedYears", repaired)
                        .policy("waitingPeriod", rule, ref)
                        .policy("continuity", payload.continuity(), ref));
        return waiting;
    }

    private static final Waiting IN_WINDOW = new Waiting(0, "集中参保期内参保且连续参保：不设待遇等待期");

    /** No waiting after a qualifying switch; null when the switch does not qualify (the general rule applies). */
    private static Waiting switched(SchemeSwitch change, ContinuityRule continuity, PolicyRef ref, Status status) {
        int years = nonNegativeOr("schemeSwitch.continuousYears",
                required("schemeSwitch.continuousYears", change.continuousYears()), 0);
        int gap = nonNegativeOr("schemeSwitch.gapMonths", required("schemeSwitch.gapMonths", change.gapMonths()), 0);
        if (continuity == null) {
            status.add(StatusCode.NO_CONTINUITY_RULE, "schemeSwitch", ref.label() + " 未载明职工医保与居民医保切换的"
                    + "衔接规定；按一般规则计算待遇等待期", ref.label() + " states no continuity rule for a switch between "
                    + "the schemes; the general waiting-period rule applies");
            return null;
        }
        if (years < continuity.minimumContinuousYears() || gap > continuity.switchWithoutWaitingMonths()) {
            return null;
        }
        return new Waiting(0, switchRule(continuity));
    }

    private static String switchRule(ContinuityRule continuity) {
        return "连续参保满" + continuity.minimumContinuousYears() + "年、在职工医保和居民医保间切换且中断不超过"
                + continuity.switchWithoutWaitingMonths() + "个月：不设待遇等待期";
    }

    /** The waiting period of each situation, for a request that leaves them open. */
    private static List<WaitingCase> cases(int repaired, ResidentMedicalPolicy payload, PolicyRef ref) {
        WaitingPeriodRule rule = payload.waitingPeriod();
        Waiting outside = computed(0, repaired, rule);
        List<WaitingCase> cases = new ArrayList<>(List.of(
                new WaitingCase(Situation.IN_WINDOW_CONTINUOUS, IN_WINDOW.months(), IN_WINDOW.rule()),
                new WaitingCase(Situation.OUTSIDE_WINDOW_OR_AFTER_BREAK, outside.months(), outside.rule()
                        + "；每断保1年另加" + rule.monthsPerBrokenYear() + "个月变动待遇等待期（给出 brokenYears 可算出）")));
        if (payload.continuity() != null) {
            cases.add(new WaitingCase(Situation.SCHEME_SWITCH_WITHIN_GRACE, 0, switchRule(payload.continuity())));
        }
        return List.copyOf(cases);
    }

    private static Waiting computed(int broken, int repaired, WaitingPeriodRule rule) {
        int variable = Math.max(0, broken * rule.monthsPerBrokenYear() - repaired * rule.monthsRemovedPerRepairedYear());
        int months = rule.fixedMonths() + variable;
        StringBuilder text = new StringBuilder("固定待遇等待期").append(rule.fixedMonths()).append("个月 + 变动待遇等待期 max(0, ")
                .append(broken).append("年断保×").append(rule.monthsPerBrokenYear()).append(" − ")
                .append(repaired).append("年修复×").append(rule.monthsRemovedPerRepairedYear()).append(") = ")
                .append(variable).append("个月");
        WaitingPeriodRule.LongBreakFloor floor = rule.longBreakFloor();
        if (floor != null && broken >= floor.brokenYearsAtLeast() && months < floor.minimumMonths()) {
            months = floor.minimumMonths();
            text.append("；连续断保").append(floor.brokenYearsAtLeast()).append("年及以上，合计不少于")
                    .append(floor.minimumMonths()).append("个月");
        }
        if (rule.maximumMonths() != null && months > rule.maximumMonths()) {
            months = rule.maximumMonths();
            text.append("；本地上限").append(rule.maximumMonths()).append("个月");
        }
        return new Waiting(months, text.append(" → ").append(months).append("个月").toString());
    }
}
