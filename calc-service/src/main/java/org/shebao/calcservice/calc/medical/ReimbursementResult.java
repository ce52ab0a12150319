package org.shebao.calcservice.calc.medical;

import java.math.BigDecimal;
import java.util.List;

import org.shebao.calcservice.calc.Status;
import org.shebao.contract.CareScope;

/**
 * The split of one claim. Payments are null when the rule that sets them is unknown (see the status's unknown
 * figures); they are never taken from another scope's rule.
 *
 * @param eligibleCost          政策范围内费用 = classA + classB × (1 − 乙类先行自付比例)
 * @param deductible            起付线 applied
 * @param ratio                 the first reimbursement ratio that applies (the band at the deductible, or at the
 *                              year's position for annual bands), after any 异地 reduction
 * @param reductionPoints       异地就医 reduction in decimal points (0.10 = 10 points); 0 locally
 * @param fundPayment           统筹基金支付
 * @param capReached            the fund's annual cap limited (or had exhausted) the payment; null when unknown
 * @param largeExpensePayment   职工大额医疗费用补助; null when the schedule has none or it is unknown
 * @param seriousIllnessPayment 大病保险支付
 * @param patientPayment        all costs − fund − 大额补助 − 大病保险
 * @param segments              each band applied, payer by payer, with its amount
 * @param directSettlement      settled at the hospital (locally, or with a filing; emergencies count as filed)
 * @param nextSteps             what to do when care outside the insured region was not filed
 */
public record ReimbursementResult(
        CareScope scope,
        BigDecimal eligibleCost,
        BigDecimal deductible,
        BigDecimal ratio,
        BigDecimal reductionPoints,
        BigDecimal fundPayment,
        Boolean capReached,
        BigDecimal largeExpensePayment,
        BigDecimal seriousIllnessPayment,
        BigDecimal patientPayment,
        List<PaidSegment> segments,
        boolean directSettlement,
        List<NextStep> nextSteps,
        Status.Report status) {

    /** Who pays a segment. */
    public enum Payer {
        /** 统筹基金: {@code from}/{@code to} are eligible cost of the admission, or of the year for annual bands. */
        FUND,
        /** 大额补助: amounts above its threshold (or above where the fund's cap was reached). */
        LARGE_EXPENSE,
        /** 大病保险: the year's compliant personal burden above its threshold. */
        SERIOUS_ILLNESS
    }

    /**
     * One band applied: {@code rate} (after any reduction or assistance points) × ({@code to} − {@code from}) =
     * {@code amount}, rounded to the 分; the payer's total is rounded once, so it may differ from the sum by a 分.
     */
    public record PaidSegment(Payer payer, BigDecimal from, BigDecimal to, BigDecimal rate, BigDecimal amount) {
    }

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
