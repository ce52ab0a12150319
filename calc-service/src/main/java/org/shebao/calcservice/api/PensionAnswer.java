package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.pension.ParametersSource;
import org.shebao.calcservice.calc.pension.PensionResult;
import org.shebao.contract.payload.PensionComponent;

/**
 * 基本养老金 = 基础养老金 + 个人账户养老金 + 过渡性养老金 (+ local components), monthly, at retirement. Also the pension of
 * each projection scenario, there without {@code regionCode}. {@code transitional}, a component's {@code amount} and
 * {@code total} are null when an input is unknown; the envelope's {@code unknown} names them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Pension estimate answer")
public record PensionAnswer(
        String regionCode,
        @Schema(type = SchemaType.STRING, examples = "2025-07") YearMonth retirementMonth,
        BigDecimal basic,
        BigDecimal personalAccount,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal transitional,
        List<Component> components,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal total,
        @Schema(examples = "137.3") BigDecimal annuityMonths,
        BigDecimal calculationBase,
        ParametersSource parametersSource) {

    /** One local component (加发, 补贴, G实, 增发, 虚账实记); {@code amount} null when unknown. */
    public record Component(String label, PensionComponent.Type type,
            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal amount) {
    }

    public static PensionAnswer of(String regionCode, PensionResult result) {
        return new PensionAnswer(regionCode, result.retirementMonth(), result.basic(), result.personalAccount(),
                result.transitional(), result.components().stream()
                        .map(c -> new Component(c.label(), c.type(), c.amount())).toList(),
                result.total(), result.annuityMonths(), result.calculationBase(), result.parametersSource());
    }
}
