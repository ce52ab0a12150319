package org.shebao.contract.payload;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the 计发月数 table: the months a personal account is divided by at a retirement age. */
@Schema(description = "A row of the annuity-months table (计发月数)")
public record AnnuityMonths(
        @NotNull @Min(40) @Max(70) @Schema(examples = "60") Integer age,
        @NotNull @Positive @Schema(examples = "139") Integer months) {
}
