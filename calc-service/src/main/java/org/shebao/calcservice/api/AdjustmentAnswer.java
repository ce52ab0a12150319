package org.shebao.calcservice.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.calc.contribution.AdjustmentResult;
import org.shebao.calcservice.calc.contribution.ContributionResult;
import org.shebao.calcservice.service.AnswerBuilder;
import org.shebao.contract.payload.ParticipantType;

/** What is owed per month and line (positive: to pay; negative: overpaid). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Contribution adjustment (补差) answer")
public record AdjustmentAnswer(
        String regionCode,
        ParticipantType participantType,
        List<AdjustmentResult.Month> months,
        ContributionResult.Totals totals,
        List<PolicyCitation> policies,
        List<String> warnings,
        List<TraceStep> trace,
        String notice) {

    public static AdjustmentAnswer of(AdjustmentQuery query, AdjustmentResult result, AnswerBuilder answer) {
        answer.warn(result.warnings());
        return new AdjustmentAnswer(query.regionCode(), query.participantType(), result.months(), result.totals(),
                answer.policies(), answer.warnings(), answer.steps(), answer.notice());
    }
}
