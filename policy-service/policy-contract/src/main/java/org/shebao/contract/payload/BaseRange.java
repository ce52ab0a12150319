package org.shebao.contract.payload;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * 缴费基数上下限: the monthly contribution base is the declared wage clamped to [floor, ceiling], in 元.
 */
@Consistent
@Schema(description = "Contribution base bounds in yuan per month (缴费基数下限/上限)")
public record BaseRange(
        @NotNull @PositiveOrZero @Schema(examples = "7162") BigDecimal floor,
        @NotNull @PositiveOrZero @Schema(examples = "35811") BigDecimal ceiling) implements ConsistencyChecked {

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (floor != null && ceiling != null) {
            found.require(floor.compareTo(ceiling) <= 0, "ceiling", "must not be below floor " + floor.toPlainString());
        }
    }
}
