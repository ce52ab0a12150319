package org.shebao.calcservice.calc.medical;

import java.math.BigDecimal;
import java.util.List;

import org.shebao.calcservice.calc.Status;

/**
 * The split of one claim.
 *
 * @param eligibleCost          政策范围内费用 = classA + classB × (1 − 乙类先行自付比例)
 * @param deductible            起付线 applied
 * @param ratio                 the first reimbursement ratio that applies (the band at the deductible), after any
 *                              异地 reduction
 * @param reductionPoints       异地就医 reduction in decimal points (0.10 = 10 points); 0 locally
 * @param fundPayment           统筹基金支付
 * @param capReached            the fund's annual cap limited (or had exhausted) the payment
 * @param seriousIllnessPayment 大病保险支付
 * @param patientPayment        all costs − fund − 大病保险
 * @param directSettlement      settled at the hospital (locally, or with a filing; emergencies count as filed)
 * @param nextSteps             what to do when care outside the insured region was not filed
 */
public record ReimbursementResult(
        BigDecimal eligibleCost,
        BigDecimal deductible,
        BigDecimal ratio,
        BigDecimal reductionPoints,
        BigDecimal fundPayment,
        boolean capReached,
        BigDecimal seriousIllnessPayment,
        BigDecimal patientPayment,
        boolean directSettlement,
        List<NextStep> nextSteps,
        Status.Report status) {

    /**
     * One thing to do, with the materials and channels of the region's guide where it documents the procedure.
     *
     * @param withinMonths deadline in months, where published (手工报销)
     */
    public record NextStep(
            NextStepAction action,
            String title,
            List<String> materials,
            List<String> channels,
            Integer withinMonths,
            List<String> notes) {
    }

    public enum NextStepAction {
        /** 备案: file before care continues (no rule on unfiled care is published). */
        FILE,
        /** 补办备案 before discharge, so the hospital can still settle directly (医保发〔2022〕22号 第16条). */
        FILE_BEFORE_DISCHARGE,
        /** 手工报销 at the insured region after paying in full. */
        MANUAL_CLAIM
    }
}
