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
 * @param reductionPoints        the region's reductions; national policy leaves it empty
 * @param maximumReductionPoints national maxima (医保发〔2022〕22号: 10 points for referral and emergency, 20 for other
 *                               temporary care); regions leave it empty
 */
@Consistent
@Schema(description = "Out-of-area care (异地就医) rules")
public record OutOfAreaRule(
        Map<@NotNull FilingType, @NotNull @Rate BigDecimal> reductionPoints,
        Map<@NotNull FilingType, @NotNull @Rate BigDecimal> maximumReductionPoints,
        @Valid UnfiledCare unfiledCare) implements ConsistencyChecked {

    public OutOfAreaRule {
        reductionPoints = Ordered.byKey(reductionPoints);
        maximumReductionPoints = Ordered.byKey(maximumReductionPoints);
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
                nullToEmpty(maximumReductionPoints)).entrySet()) {
            found.require(!entry.getValue().containsKey(FilingType.NONE), entry.getKey(),
                    "unfiled care has no direct-settlement ratio; describe it under unfiledCare");
        }
    }

    private static Map<FilingType, BigDecimal> nullToEmpty(Map<FilingType, BigDecimal> map) {
        return map == null ? Map.of() : map;
    }
}
