package org.shebao.calcservice.calc.medical;

import java.math.BigDecimal;

import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.ProgressiveScale;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.contract.payload.AssistanceStatus;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.SeriousIllnessRule;
import org.shebao.contract.payload.SeriousIllnessRule.AssistanceAdjustment;

/**
 * 大病保险: pays on the patient's own share of compliant costs in the year (个人负担的合规医疗费用) above a threshold,
 * by bands measured <em>above the threshold</em>, up to an annual cap.
 *
 * <p>The year accumulates: with {@code prior} already borne this year, this claim gets f(prior + burden) − f(prior),
 * where f is the year-to-date payment. Assistance groups (特困/低保, 国办发〔2021〕42号) get their published adjustment:
 * threshold × factor, points added to every band (at most 100 %), cap removed.
 */
public final class SeriousIllnessCalculator {

    /**
     * @param payment   大病保险 for this claim, rounded to the 分 half up
     * @param threshold the threshold applied (after any assistance factor)
     */
    public record Result(BigDecimal payment, BigDecimal threshold, Status.Report status) {
    }

    private SeriousIllnessCalculator() {
    }

    /**
     * @param prior  compliant costs the patient already bore this year (≥ 0)
     * @param burden this claim's compliant burden (eligible cost − fund payment, ≥ 0)
     */
    public static Result payment(SeriousIllnessRule rule, AssistanceStatus status, BigDecimal prior, BigDecimal burden,
            PolicyRef ref, Trace trace) {
        Status found = new Status();
        AssistanceAdjustment adjustment = adjustment(rule, status, ref, found);
        BigDecimal threshold = adjustment == null ? rule.threshold()
                : rule.threshold().multiply(adjustment.thresholdFactor());
        BigDecimal points = adjustment == null ? BigDecimal.ZERO : adjustment.ratePointsAdded();
        BigDecimal cap = adjustment != null && adjustment.capRemoved() ? null : rule.annualCap();

        BigDecimal before = yearToDate(rule, threshold, points, cap, prior);
        BigDecimal after = yearToDate(rule, threshold, points, cap, prior.add(burden));
        BigDecimal payment = Rounding.FEN_HALF_UP.apply(after.subtract(before));
        trace.step("serious illness", "f(prior + burden) − f(prior); f(x) = min(cap, Σ bands over x − threshold, "
                + "rate + points ≤ 1)", payment, in -> in
                        .request("prior", prior)
                        .calculated("burden", burden)
                        .request("assistanceStatus", status)
                        .policy("threshold", rule.threshold(), ref)
                        .calculated("effectiveThreshold", threshold)
                        .calculated("pointsAdded", points)
                        .policy("bands", rule.bands(), ref)
                        .calculated("cap", cap));
        return new Result(payment, threshold, found.report());
    }

    private static AssistanceAdjustment adjustment(SeriousIllnessRule rule, AssistanceStatus status, PolicyRef ref,
            Status found) {
        if (status == null || status == AssistanceStatus.NONE) {
            return null;
        }
        AssistanceAdjustment adjustment = rule.assistance() == null ? null : rule.assistance().get(status);
        if (adjustment == null) {
            found.add(StatusCode.NO_SERIOUS_ILLNESS_TERMS, "assistanceStatus", ref.label() + " 未公布 " + status
                    + " 人员的大病保险倾斜政策；按普通标准计算", ref.label() + " publishes no 大病保险 terms for " + status
                    + "; the standard terms apply");
        }
        return adjustment;
    }

    /** What 大病保险 pays in the year for a year-to-date burden x. */
    private static BigDecimal yearToDate(SeriousIllnessRule rule, BigDecimal threshold, BigDecimal points,
            BigDecimal cap, BigDecimal burden) {
        BigDecimal above = burden.subtract(threshold);
        if (above.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal paid = ProgressiveScale.apply(rule.bands(), BigDecimal.ZERO, above,
                rate -> rate.add(points).min(BigDecimal.ONE));
        return cap == null ? paid : paid.min(cap);
    }
}
