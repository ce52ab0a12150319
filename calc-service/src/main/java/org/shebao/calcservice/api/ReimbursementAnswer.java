package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.medical.ReimbursementResult;

/** Who pays what for one visit, and what the patient still has to do. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Medical reimbursement answer")
public record ReimbursementAnswer(
        String insuredRegionCode,
        String treatmentRegionCode,
        LocalDate date,
        BigDecimal eligibleCost,
        BigDecimal deductible,
        BigDecimal ratio,
        BigDecimal reductionPoints,
        BigDecimal fundPayment,
        boolean capReached,
        BigDecimal seriousIllnessPayment,
        BigDecimal patientPayment,
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

    public static ReimbursementAnswer of(ReimbursementQuery query, LocalDate date, ReimbursementResult result) {
        return new ReimbursementAnswer(query.insuredRegionCode(), query.treatmentRegionCode(), date,
                result.eligibleCost(), result.deductible(), result.ratio(), result.reductionPoints(),
                result.fundPayment(), result.capReached(), result.seriousIllnessPayment(), result.patientPayment(),
                result.directSettlement(), result.nextSteps().stream().map(s -> new NextStep(s.action(), s.title(),
                        s.materials(), s.channels(), s.withinMonths(), s.notes())).toList());
    }
}
