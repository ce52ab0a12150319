package org.shebao.calcservice.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityResult;
import org.shebao.calcservice.service.AnswerBuilder;

/** Whether lifetime medical benefits are reached at retirement (退休后免缴费享受医保待遇), and the gap if not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Lifetime medical eligibility answer")
public record EligibilityAnswer(
        String regionCode,
        boolean eligible,
        int requiredMonths,
        int gapMonths,
        Integer localRequiredMonths,
        Integer localGapMonths,
        List<PolicyCitation> policies,
        List<String> warnings,
        List<TraceStep> trace,
        String notice) {

    public static EligibilityAnswer of(String regionCode, LifetimeEligibilityResult result, AnswerBuilder answer) {
        answer.warn(result.warnings());
        return new EligibilityAnswer(regionCode, result.eligible(), result.requiredMonths(), result.gapMonths(),
                result.localRequiredMonths(), result.localGapMonths(), answer.policies(), answer.warnings(),
                answer.steps(), answer.notice());
    }
}
