package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * How contribution years are rounded before use, e.g. 安徽 rounds up to the next 0.1 year (42年5月 → 42.5).
 *
 * @param unit the step years are rounded to (0.1, 0.5, 1)
 */
@Consistent
@Schema(description = "Rounding of contribution years")
public record YearsRounding(
        @NotNull @Positive @Schema(examples = "0.1") BigDecimal unit,
        @NotNull @Schema(examples = "UP") RoundingMode mode) implements ConsistencyChecked {

    @Override
    public void checkConsistency(Inconsistencies found) {
        found.require(mode != RoundingMode.UNNECESSARY, "mode", "UNNECESSARY is not a rounding rule");
    }

    public BigDecimal apply(BigDecimal years) {
        return years.divide(unit, 0, mode).multiply(unit);
    }
}
