package org.shebao.contract.payload;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * The index (过渡性养老金指数) a region's transitional pension uses.
 *
 * @param value the fixed index, with {@link Rule#FIXED} only (上海 1.0)
 * @param floor an index below it counts as it (内蒙古 1.0 on the average index, 福建 0.75 on the pre-account index);
 *              not with {@link Rule#FIXED}
 */
@Consistent
@Schema(description = "Index of the transitional pension")
public record TransitionalIndex(
        @NotNull @Schema(examples = "FIXED") Rule rule,
        @Positive @Schema(examples = "1.0") BigDecimal value,
        @Positive @Schema(examples = "0.75") BigDecimal floor) implements ConsistencyChecked {

    public enum Rule {
        /** The person's 平均缴费指数. */
        AVERAGE,
        /** A fixed index stated by the region ({@code value}). */
        FIXED,
        /** The person's own transitional index, given in the request (浙江 up to 1997-12, 深圳, 天津). */
        OWN
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        found.require(rule != Rule.FIXED || value != null, "value", "is required with rule FIXED");
        found.require(rule == Rule.FIXED || value == null, "value", "is only allowed with rule FIXED");
        found.require(rule != Rule.FIXED || floor == null, "floor", "is not used with rule FIXED");
    }
}
