package org.shebao.contract.payload;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * A rate the caller may choose within bounds (e.g. 工伤保险 by industry class, or the 住房公积金 rates an employer picks
 * between 5 % and 12 %).
 *
 * @param defaultRate the rate used when the caller gives none; null where the policy publishes no default, and then the
 *                    caller must give one for the amount to be computed
 */
@Consistent
@Schema(description = "A rate range with a default, as decimals")
public record RateRange(
        @NotNull @Rate BigDecimal min,
        @NotNull @Rate BigDecimal max,
        @Rate BigDecimal defaultRate) implements ConsistencyChecked {

    public boolean contains(BigDecimal rate) {
        return rate.compareTo(min) >= 0 && rate.compareTo(max) <= 0;
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (min == null || max == null) {
            return;
        }
        found.require(min.compareTo(max) <= 0, "max", "must not be below min " + min.toPlainString());
        if (defaultRate != null) {
            found.require(contains(defaultRate), "defaultRate", "must lie within [min, max]");
        }
    }
}
