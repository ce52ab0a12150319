package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 个人缴费标准: the annual individual fee, in 元, for the categories listed. The categories are kept in their declared
 * order, so the same fee always serializes the same way.
 */
@Schema(description = "Annual individual resident-medical fee for some categories")
public record ResidentFee(
        @NotEmpty Set<@NotNull ResidentCategory> categories,
        @NotBlank @Size(max = 50) @Schema(examples = "城乡居民") String label,
        @NotNull @PositiveOrZero @Schema(examples = "400") BigDecimal annualFee) {

    public ResidentFee {
        categories = categories == null ? null : Collections.unmodifiableSet(new TreeSet<>(categories));
    }
}
