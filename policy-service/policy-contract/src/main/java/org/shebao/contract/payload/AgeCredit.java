package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Inconsistencies;

/**
 * One age band of a retirees' 个人账户 定额划入 that depends on age (e.g. 70岁以下 100 元, 70岁及以上 110 元):
 * {@code monthlyCredit} applies from the age {@code fromAge} (周岁, inclusive) up to the next band's.
 */
@Schema(description = "An age band of a fixed monthly personal-account credit: from `fromAge` (inclusive) up to the next band")
public record AgeCredit(
        @NotNull @PositiveOrZero @Max(150) @Schema(examples = "70") Integer fromAge,
        @NotNull @PositiveOrZero @Schema(examples = "110") BigDecimal monthlyCredit) {

    /** Bands rise strictly by age; ages below the first band have no published credit. */
    static void checkRising(List<AgeCredit> bands, String field, Inconsistencies found) {
        if (bands == null || bands.stream().anyMatch(band -> band == null || band.fromAge() == null)) {
            return;
        }
        found.require(bands.size() >= 2, field, "give at least two age bands; one amount for every age is "
                + "personalAccountMonthlyCredit");
        for (int i = 1; i < bands.size(); i++) {
            found.require(bands.get(i).fromAge() > bands.get(i - 1).fromAge(), field + "[" + i + "].fromAge",
                    "must be greater than the previous band's fromAge " + bands.get(i - 1).fromAge());
        }
    }

    /** The band that holds {@code age}, if any. */
    public static Optional<AgeCredit> forAge(List<AgeCredit> bands, int age) {
        return bands.stream().filter(Objects::nonNull).filter(band -> band.fromAge() <= age)
                .reduce((lower, higher) -> higher);
    }
}
