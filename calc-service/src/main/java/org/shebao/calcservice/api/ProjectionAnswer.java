package org.shebao.calcservice.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.calc.pension.ProjectionResult;
import org.shebao.calcservice.service.AnswerBuilder;

/** Projected balance and pension for three retirement dates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Pension projection answer")
public record ProjectionAnswer(
        String regionCode,
        ProjectionResult.Scenario statutory,
        ProjectionResult.Scenario earliest,
        ProjectionResult.Scenario latest,
        List<PolicyCitation> policies,
        List<String> warnings,
        List<TraceStep> trace,
        String notice) {

    public static ProjectionAnswer of(String regionCode, ProjectionResult result, AnswerBuilder answer) {
        answer.warn(result.warnings());
        return new ProjectionAnswer(regionCode, result.statutory(), result.earliest(), result.latest(),
                answer.policies(), answer.warnings(), answer.steps(), answer.notice());
    }
}
