package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.calc.retirement.RetirementAgeResult;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.calcservice.service.AnswerBuilder;

/**
 * Statutory retirement under the 2024 NPC decision. National law, not a regional policy: {@code policies} is empty and
 * {@code legalBasis} cites the decision.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Retirement age answer")
public record RetirementAgeAnswer(
        @Schema(type = SchemaType.STRING, examples = "1965-05") YearMonth birthMonth,
        RetirementCategory category,
        int originalAge,
        int delayMonths,
        RetirementAgeResult.Age statutoryAge,
        @Schema(type = SchemaType.STRING, examples = "2025-07") YearMonth retirementMonth,
        BigDecimal minimumContributionYears,
        RetirementAgeResult.FlexibleWindow flexible,
        String legalBasis,
        List<PolicyCitation> policies,
        List<String> warnings,
        List<TraceStep> trace,
        String notice) {

    public static RetirementAgeAnswer of(YearMonth birthMonth, RetirementCategory category, RetirementAgeResult result,
            AnswerBuilder answer) {
        return new RetirementAgeAnswer(birthMonth, category, result.originalAge(), result.delayMonths(),
                result.statutoryAge(), result.retirementMonth(), result.minimumContributionYears(), result.flexible(),
                result.legalBasis(), answer.policies(), answer.warnings(), answer.steps(), answer.notice());
    }
}
