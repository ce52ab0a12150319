package org.shebao.calcservice.api;

import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.calc.contribution.ContributionResult;
import org.shebao.calcservice.service.AnswerBuilder;
import org.shebao.contract.payload.ParticipantType;

/** A monthly contribution bill with the policies it rests on. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Contribution answer")
public record ContributionAnswer(
        String regionCode,
        ParticipantType participantType,
        @Schema(type = SchemaType.STRING, examples = "2025-07")
        YearMonth month,
        List<ContributionResult.Line> lines,
        ContributionResult.Totals totals,
        ContributionResult.PersonalAccounts personalAccounts,
        ContributionResult.HousingFund housingFund,
        List<PolicyCitation> policies,
        List<String> warnings,
        List<TraceStep> trace,
        String notice) {

    public static ContributionAnswer of(ContributionQuery query, ContributionResult result, AnswerBuilder answer) {
        answer.warn(result.warnings());
        return new ContributionAnswer(query.regionCode(), query.participantType(), query.month(), result.lines(),
                result.totals(), result.personalAccounts(), result.housingFund(), answer.policies(), answer.warnings(),
                answer.steps(), answer.notice());
    }
}
