package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * How and where the policy rounds amounts: scale 2 is the 分, 1 the 角 (上海 "见分进角" is scale 1, mode UP), 0 the 元.
 *
 * @param appliesTo round each line's amount, or only the totals
 */
@Consistent
@Schema(description = "Rounding rule stated by the policy")
public record Rounding(
        @NotNull @Min(0) @Max(2) Integer scale,
        @NotNull RoundingMode mode,
        @NotNull Scope appliesTo) implements ConsistencyChecked {

    public enum Scope {
        LINE,
        TOTAL
    }

    /** The default when a policy states nothing more precise: to the 分, half up, per line. */
    public static final Rounding FEN_HALF_UP = new Rounding(2, RoundingMode.HALF_UP, Scope.LINE);

    public BigDecimal apply(BigDecimal amount) {
        return amount.setScale(scale, mode);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        found.require(mode != RoundingMode.UNNECESSARY, "mode", "UNNECESSARY is not a rounding rule");
    }
}
