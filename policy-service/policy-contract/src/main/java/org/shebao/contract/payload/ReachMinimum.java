package org.shebao.contract.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A way the law allows someone who reaches the statutory age below the minimum contribution years to reach them and
 * draw a monthly pension.
 *
 * @param note what the way means, in the source's words where possible
 */
@Schema(description = "A way to reach the minimum contribution years")
public record ReachMinimum(
        @NotNull @Schema(examples = "EXTEND_CONTRIBUTIONS") Way way,
        @NotBlank @Size(max = 500) String note) {

    public enum Way {
        /** 延长缴费: keep contributing after the statutory age until the minimum is reached. */
        EXTEND_CONTRIBUTIONS,
        /** 一次性缴费: pay the missing years at once, where the region permits it. */
        LUMP_SUM
    }
}
