package org.shebao.calcservice.calc.medical;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.ProgressiveScale;
import org.shebao.calcservice.calc.ProgressiveScale.Segment;
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
 * <p>The year accumulates: with {@code prior} already borne this year, this claim gets the bands over
 * [prior − threshold, prior + burden − threshold], up to what the annual cap leaves after the payments so far. Assistance groups (特困/低保, 国办发〔2021〕42号) get their published adjustment:
 * threshold × factor, points added to every band (at most 100 %), cap removed.
 */
public final class SeriousIllnessCalculator {

    /**
     * @param payment   大病保险 for this claim, rounded to the 分 half up
     * @param threshold the threshold applied (after any assistance factor)
     * @param segments  the bands applied, over the year's burden above the threshold, with exact amounts
     */
    public record Result(BigDecimal payment, BigDecimal threshold, List<Segment> segments, Status.Report status) {
    }

    private SeriousIllnessCalculator() {
    }

    /**
     * @param prior     compliant costs the patient already bore this year (≥ 0)
     * @param paidSoFar what 大病保险 already paid this year, where known; otherwise what the rule paid on {@code prior}
     * @param burden    this claim's compliant burden (eligible cost − fund and 大额 payments, ≥ 0)
     */
    public static Result payment(SeriousIllnessRule rule, AssistanceStatus status, BigDecimal prior,
            BigDecimal paidSoFar, BigDecimal burden, PolicyRef ref, Trace trace) {
        Status found = new Status();
        AssistanceAdjustment adjustment = adjustment(rule, status, ref, found);
        BigDecimal threshold = adjustment == null ? rule.threshold()
                : rule.threshold().multiply(adjustment.thresholdFactor());
        BigDecimal points = adjustment == null ? BigDecimal.ZERO : adjustment.ratePointsAdded();
        UnaryOperator<BigDecimal> rate = r -> r.add(points).min(BigDecimal.ONE);
        BigDecimal cap = adjustment != null && adjustment.capRemoved() ? null : rule.annualCap();

        BigDecimal lower = prior.subtract(threshold).max(BigDecimal.ZERO);
        BigDecimal upper = prior.add(burden).subtract(threshold).max(BigDecimal.ZERO);
        BigDecimal before = paidSoFar != null ? paidSoFar
                : ProgressiveScale.apply(rule.bands(), BigDecimal.ZERO, lower, rate);
        BigDecimal capLeft = cap == null ? null : cap.subtract(before).max(BigDecimal.ZERO);
        List<Segment> segments = ProgressiveScale.capped(ProgressiveScale.segments(rule.bands(), lower, upper, rate),
                capLeft);
        BigDecimal payment = Rounding.FEN_HALF_UP.apply(ProgressiveScale.total(segments));
        trace.step("serious illness", "min(Σ bands over [prior − threshold, prior + burden − threshold], rate + "
                + "points ≤ 1; cap − paid so far)", payment, in -> in
                        .request("prior", prior)
                        .calculated("burden", burden)
                        .request("assistanceStatus", status)
                        .policy("threshold", rule.threshold(), ref)
                        .calculated("effectiveThreshold", threshold)
                        .calculated("pointsAdded", points)
                        .policy("bands", rule.bands(), ref)
                        .calculated("cap", cap)
                        .calculated("paidSoFar", before));
        return new Result(payment, threshold, segments, found.report());
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
}
