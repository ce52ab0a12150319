package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * 大病保险: pays on the insured person's own share of eligible costs in the year above a threshold.
 *
 * @param bands      ratios by amount <em>above the threshold</em> (so a lowered threshold shifts every band with it)
 * @param annualCap  null where there is none
 * @param assistance easier terms for assistance groups (特困/低保, 国办发〔2021〕42号)
 */
@Consistent
@Schema(description = "Serious-illness insurance (大病保险) terms")
public record SeriousIllnessRule(
        @NotNull @PositiveOrZero @Schema(examples = "19185") BigDecimal threshold,
        @NotEmpty List<@NotNull @Valid Band> bands,
        @Positive @Schema(examples = "400000") BigDecimal annualCap,
        Map<@NotNull AssistanceStatus, @NotNull @Valid AssistanceAdjustment> assistance) implements ConsistencyChecked {

    public SeriousIllnessRule {
        assistance = Ordered.byKey(assistance);
    }

    /**
     * @param thresholdFactor  the threshold is multiplied by this (0.5 halves it)
     * @param ratePointsAdded  added to every band's rate, as a decimal (0.05 = 5 points), capped at 1
     * @param capRemoved       no annual cap for this group
     */
    public record AssistanceAdjustment(
            @NotNull @Rate BigDecimal thresholdFactor,
            @NotNull @Rate BigDecimal ratePointsAdded,
            boolean capRemoved) {
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        Band.checkContiguous(bands, "bands", found);
        found.require(assistance == null || !assistance.containsKey(AssistanceStatus.NONE), "assistance",
                "NONE takes the standard terms and cannot be adjusted");
    }
}
