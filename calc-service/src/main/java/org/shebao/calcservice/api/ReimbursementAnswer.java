package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.medical.ReimbursementResult;
import org.shebao.contract.CareScope;

/**
 * Who pays what for one visit, and what the patient still has to do. The payment figures are always present: null
 * where unknown (listed in the envelope's {@code unknown[]}); {@code largeExpensePayment} only where the schedule has a
 * 大额补助.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Medical reimbursement answer")
public record ReimbursementAnswer(
        String insuredRegionCode,
        String treatmentRegionCode,
        LocalDate date,
        @Schema(description = "LOCAL, WITHIN_PROVINCE (省内) or CROSS_PROVINCE (跨省)") CareScope scope,
        @Schema(description = "统筹区 of the insured region") String insuredPoolingAreaCode,
        @Schema(description = "统筹区 of the treatment region") String treatmentPoolingAreaCode,
        BigDecimal eligibleCost,
        BigDecimal deductible,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal ratio,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal reductionPoints,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal fundPayment,
        @JsonInclude(JsonInclude.Include.ALWAYS) Boolean capReached,
        BigDecimal largeExpensePayment,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal seriousIllnessPayment,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal patientPayment,
        @Schema(description = "Each band applied, payer by payer (FUND, LARGE_EXPENSE, SERIOUS_ILLNESS)")
        List<Segment> segments,
        boolean directSettlement,
        List<NextStep> nextSteps) {

    /**
     * One thing to do, with the materials and channels of the region's guide where it documents the procedure.
     *
     * @param action       {@code FILE}, {@code FILE_BEFORE_DISCHARGE} or {@code MANUAL_CLAIM}
     * @param withinMonths deadline in months, where published
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NextStep(ReimbursementResult.NextStepAction action, String title, List<String> materials,
            List<String> channels, Integer withinMonths, List<String> notes) {
    }

    /**
     * One band applied: {@code rate} × ({@code to} − {@code from}) = {@code amount}. For FUND the amounts are eligible
     * cost (of the admission, or of the year for annual bands); for LARGE_EXPENSE the cost above its threshold or the
     * fund's cap; for SERIOUS_ILLNESS the year's personal burden above its threshold.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Segment(ReimbursementResult.Payer payer, BigDecimal from, BigDecimal to, BigDecimal rate,
            BigDecimal amount) {
    }

    public static ReimbursementAnswer of(ReimbursementQuery query, LocalDate date, String insuredPoolingAreaCode,
            String treatmentPoolingAreaCode, ReimbursementResult result) {
        return new ReimbursementAnswer(query.insuredRegionCode(), query.treatmentRegionCode(), date,
                result.scope(), insuredPoolingAreaCode, treatmentPoolingAreaCode,
                result.eligibleCost(), result.deductible(), result.ratio(), result.reductionPoints(),
                result.fundPayment(), result.capReached(), result.largeExpensePayment(),
                result.seriousIllnessPayment(), result.patientPayment(), result.segments().stream()
                        .map(s -> new Segment(s.payer(), s.from(), s.to(), s.rate(), s.amount())).toList(),
                result.directSettlement(), result.nextSteps().stream().map(s -> new NextStep(s.action(), s.title(),
                        s.materials(), s.channels(), s.withinMonths(), s.notes())).toList());
    }
}
