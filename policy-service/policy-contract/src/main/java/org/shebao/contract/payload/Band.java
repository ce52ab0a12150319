package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * One segment of a progressive scale (分段): {@code rate} applies from {@code from} up to the next band's {@code from}.
 * What the amounts measure is said by the scale that holds the bands.
 */
@Schema(description = "A band of a progressive scale: the rate applies from `from` up to the next band")
public record Band(
        @NotNull @PositiveOrZero @Schema(examples = "0") BigDecimal from,
        @NotNull @Rate @Schema(examples = "0.85") BigDecimal rate) {

    /** Bands start at 0 and rise strictly, so that together they cover every amount exactly once. */
    public static void checkContiguous(List<Band> bands, String field, Inconsistencies found) {
        if (bands == null || bands.isEmpty() || bands.stream().anyMatch(Objects::isNull)) {
            return;
        }
        BigDecimal first = bands.get(0).from();
        if (first != null) {
            found.require(first.signum() == 0, field + "[0].from", "the first band must start at 0");
        }
        for (int i = 1; i < bands.size(); i++) {
            BigDecimal previous = bands.get(i - 1).from();
            BigDecimal current = bands.get(i).from();
            if (previous != null && current != null) {
                found.require(current.compareTo(previous) > 0, field + "[" + i + "].from",
                        "must be greater than the previous band's from " + previous.toPlainString());
            }
        }
    }
}
