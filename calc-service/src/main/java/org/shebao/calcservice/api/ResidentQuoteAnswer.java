package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.calc.medical.ResidentQuoteResult;
import org.shebao.calcservice.service.AnswerBuilder;

/** Fees per category, the household total, and the waiting period with the rule applied. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Resident medical insurance quote answer")
public record ResidentQuoteAnswer(
        String regionCode,
        Integer coverageYear,
        List<ResidentQuoteResult.Line> lines,
        BigDecimal total,
        int waitingMonths,
        String waitingRule,
        List<PolicyCitation> policies,
        List<String> warnings,
        List<TraceStep> trace,
        String notice) {

    public static ResidentQuoteAnswer of(ResidentQuoteQuery query, ResidentQuoteResult result, AnswerBuilder answer) {
        answer.warn(result.warnings());
        return new ResidentQuoteAnswer(query.regionCode(), query.coverageYear(), result.lines(), result.total(),
                result.waitingMonths(), result.waitingRule(), answer.policies(), answer.warnings(), answer.steps(),
                answer.notice());
    }
}
