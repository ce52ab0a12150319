package org.shebao.contract.payload;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Rate;

/** 门诊统筹: annual deductible, ratio and annual cap. */
@Schema(description = "Outpatient pooling terms")
public record OutpatientRule(
        @NotNull @PositiveOrZero @Schema(examples = "1800") BigDecimal annualDeductible,
        @NotNull @Rate @Schema(examples = "0.5") BigDecimal rate,
        @NotNull @Positive @Schema(examples = "20000") BigDecimal annualCap) {
}
