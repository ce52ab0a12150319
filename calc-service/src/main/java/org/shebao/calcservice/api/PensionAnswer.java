package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.pension.ParametersSource;
import org.shebao.calcservice.calc.pension.PensionResult;

/**
 * 基本养老金 = 基础养老金 + 个人账户养老金 + 过渡性养老金 (+ local supplements), monthly, at retirement. Also the pension of
 * each projection scenario, there without {@code regionCode}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Pension estimate answer")
public record PensionAnswer(
        String regionCode,
        @Schema(type = SchemaType.STRING, examples = "2025-07") YearMonth retirementMonth,
        BigDecimal basic,
        BigDecimal personalAccount,
        BigDecimal transitional,
        List<Supplement> supplements,
        BigDecimal total,
        BigDecimal annuityMonths,
        BigDecimal calculationBase,
        ParametersSource parametersSource) {

    /** One local supplement (加发). */
    public record Supplement(String label, BigDecimal amount) {
    }

    public static PensionAnswer of(String regionCode, PensionResult result) {
        return new PensionAnswer(regionCode, result.retirementMonth(), result.basic(), result.personalAccount(),
                result.transitional(), result.supplements().stream().map(s -> new Supplement(s.label(), s.amount()))
                        .toList(), result.total(), result.annuityMonths(), result.calculationBase(),
                result.parametersSource());
    }
}
