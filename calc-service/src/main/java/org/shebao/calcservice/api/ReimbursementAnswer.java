package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.calc.medical.ReimbursementResult;
import org.shebao.calcservice.service.AnswerBuilder;

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
        List<ReimbursementResult.NextStep> nextSteps,
        List<PolicyCitation> policies,
        List<String> warnings,
        List<TraceStep> trace,
        String notice) {

    public static ReimbursementAnswer of(ReimbursementQuery query, LocalDate date, ReimbursementResult result,
            AnswerBuilder answer) {
        answer.warn(result.warnings());
        return new ReimbursementAnswer(query.insuredRegionCode(), query.treatmentRegionCode(), date,
                result.eligibleCost(), result.deductible(), result.ratio(), result.reductionPoints(),
                result.fundPayment(), result.capReached(), result.seriousIllnessPayment(), result.patientPayment(),
                result.directSettlement(), result.nextSteps(), answer.policies(), answer.warnings(), answer.steps(),
                answer.notice());
    }
}
