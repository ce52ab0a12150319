package org.shebao.calcservice.calc.medical;

import static org.shebao.calcservice.calc.InputChecks.nonNegativeOr;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.contract.payload.LifetimeEligibilityRule;
import org.shebao.contract.payload.MedicalBenefitPolicy;

/**
 * 退休后享受职工医保待遇的缴费年限 (社会保险法 第27条: "累计缴费达到国家规定年限的，退休后不再缴纳基本医疗保险费…未达到国家
 * 规定年限的，可以缴费至国家规定年限"; the number of years is set by each region).
 *
 * <p>Years become months (rounded up to whole months); where the rule says "超过" rather than "满" one month more is
 * needed (上海 "累计超过15年" → 181 months). A record exactly at the published number of years is flagged, because
 * sources disagree on that boundary.
 */
public final class LifetimeEligibilityCalculator {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private LifetimeEligibilityCalculator() {
    }

    public static LifetimeEligibilityResult calculate(LifetimeEligibilityRequest request,
            SourcedPolicy<MedicalBenefitPolicy> policy) {
        return calculate(request, policy, Trace.NONE);
    }

    /**
     * @throws InvalidInputException on a missing gender or retirement month, negative months, or local months above
     *                               the cumulative ones
     * @throws PolicyGapException    when the policy has no lifetime-eligibility rule
     */
    public static LifetimeEligibilityResult calculate(LifetimeEligibilityRequest request,
            SourcedPolicy<MedicalBenefitPolicy> policy, Trace trace) {
        Gender gender = required("gender", request.gender());
        required("retirementMonth", request.retirementMonth());
        int cumulative = nonNegativeOr("cumulativeMonths", required("cumulativeMonths", request.cumulativeMonths()), 0);
        int local = nonNegativeOr("localMonths", request.localMonths(), 0);
        if (local > cumulative) {
            throw new InvalidInputException("localMonths", "cannot exceed cumulativeMonths " + cumulative);
        }
        LifetimeEligibilityRule rule = policy.payload().lifetimeEligibility();
        PolicyRef ref = policy.ref();
        if (rule == null) {
            throw new PolicyGapException(ref.label() + " publishes no lifetime-eligibility rule");
        }
        Status status = new Status();
        BigDecimal years = gender == Gender.MALE ? rule.maleYears() : rule.femaleYears();
        int ruleMonths = months(years);
        int required = ruleMonths + (rule.strictlyMore() ? 1 : 0);
        if (rule.strictlyMore() && cumulative == ruleMonths) {
            status.add(StatusCode.STRICTLY_MORE_REQUIRED, "requiredMonths", "恰好 " + ruleMonths + " 个月：" + ref.label()
                    + " 要求超过所列年限，故按还差一个月计；也有资料认为满所列年限即可", "exactly " + ruleMonths + " months: "
                    + ref.label() + " requires more than the stated years (超过), so one more month is counted as"
                    + " needed; some sources treat the stated years as enough");
        }
        int gap = Math.max(0, required - cumulative);
        Integer localRequired = rule.minimumLocalYears() == null ? null : months(rule.minimumLocalYears());
        Integer localGap = localRequired == null ? null : Math.max(0, localRequired - local);
        boolean eligible = gap == 0 && (localGap == null || localGap == 0);
        trace.step("lifetime eligibility", "required = years × 12 (+1 when the rule says 超过); gap = max(0, required"
                + " − paid), also for the local minimum", eligible, in -> in
                        .request("gender", gender)
                        .request("cumulativeMonths", cumulative)
                        .request("localMonths", local)
                        .policy("years", years, ref)
                        .policy("strictlyMore", rule.strictlyMore(), ref)
                        .policy("minimumLocalYears", rule.minimumLocalYears(), ref));
        return new LifetimeEligibilityResult(eligible, required, gap, localRequired, localGap, status.report());
    }

    private static int months(BigDecimal years) {
        return years.multiply(TWELVE).setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
