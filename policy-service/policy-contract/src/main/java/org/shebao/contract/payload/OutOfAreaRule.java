package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * 异地就医: how far the insured region lowers its ratios for care elsewhere, per filing type, as decimal points
 * (0.10 = 10 percentage points). The nation publishes the maxima; each region its own reductions.
 *
 * @param reductionPoints               the region's 跨省 reductions; national policy leaves it empty
 * @param maximumReductionPoints        national maxima of 跨省 reductions (医保发〔2022〕22号: 10 points for referral and
 *                                      emergency, 20 for other temporary care); regions leave it empty
 * @param withinProvinceReductionPoints the region's 省内 reductions (care in another 统筹区 of the same province), per
 *                                      filing type; absent where unknown — never taken from the 跨省 figures
 * @param withinProvinceSameAsLocal     true where 省内 care is paid as local care (no reduction); null where unknown
 *                                      or where there is no 省内 case (直辖市)
 */
@Consistent
@Schema(description = "Out-of-area care (异地就医) rules")
public record OutOfAreaRule(
        Map<@NotNull FilingType, @NotNull @Rate BigDecimal> reductionPoints,
        Map<@NotNull FilingType, @NotNull @Rate BigDecimal> maximumReductionPoints,
        @Valid UnfiledCare unfiledCare,
        Map<@NotNull FilingType, @NotNull @Rate BigDecimal> withinProvinceReductionPoints,
        Boolean withinProvinceSameAsLocal) implements ConsistencyChecked {

    public OutOfAreaRule {
        reductionPoints = Ordered.byKey(reductionPoints);
        maximumReductionPoints = Ordered.byKey(maximumReductionPoints);
        withinProvinceReductionPoints = Ordered.byKey(withinProvinceReductionPoints);
    }

    /** The 跨省 rule only (the shape every version had before 省内 rules existed). */
    public OutOfAreaRule(Map<FilingType, BigDecimal> reductionPoints, Map<FilingType, BigDecimal> maximumReductionPoints,
            UnfiledCare unfiledCare) {
        this(reductionPoints, maximumReductionPoints, unfiledCare, null, null);
    }

    /**
     * What happens to care outside the insured region without a filing.
     *
     * @param filingBeforeDischargeAllowed 补办: filing before discharge still allows direct settlement (第16条)
     * @param manualClaimAllowed           the insured pays first and claims at home (手工报销)
     * @param claimWithinMonths            deadline of such a claim, where published
     */
    public record UnfiledCare(
            boolean filingBeforeDischargeAllowed,
            boolean manualClaimAllowed,
            @PositiveOrZero Integer claimWithinMonths) {
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        for (var entry : Map.of("reductionPoints", nullToEmpty(reductionPoints), "maximumReductionPoints",
                nullToEmpty(maximumReductionPoints), "withinProvinceReductionPoints",
                nullToEmpty(withinProvinceReductionPoints)).entrySet()) {
            found.require(!entry.getValue().containsKey(FilingType.NONE), entry.getKey(),
                    "unfiled care has no direct-settlement ratio; describe it under unfiledCare");
        }
        found.require(!Boolean.TRUE.equals(withinProvinceSameAsLocal)
                || nullToEmpty(withinProvinceReductionPoints).values().stream().allMatch(p -> p.signum() == 0),
                "withinProvinceSameAsLocal", "省内 care paid as local care cannot also have 省内 reductions");
    }

    private static Map<FilingType, BigDecimal> nullToEmpty(Map<FilingType, BigDecimal> map) {
        return map == null ? Map.of() : map;
    }
}
