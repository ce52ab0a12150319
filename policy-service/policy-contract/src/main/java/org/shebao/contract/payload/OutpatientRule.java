package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * 门诊统筹: annual deductible, ratio and annual cap.
 *
 * @param rate       the ratio at every hospital level that {@code levelRates} does not name
 * @param levelRates ratios per hospital level where they differ (北京: 社区 90 %, other hospitals 70 %); may be null
 */
@Consistent
@Schema(description = "Outpatient pooling terms")
public record OutpatientRule(
        @NotNull @PositiveOrZero @Schema(examples = "1800") BigDecimal annualDeductible,
        @NotNull @Rate @Schema(examples = "0.5") BigDecimal rate,
        @NotNull @Positive @Schema(examples = "20000") BigDecimal annualCap,
        List<@NotNull @Valid LevelRate> levelRates) implements ConsistencyChecked {

    /** The outpatient ratio at one hospital level (1 = 一级/社区, 2 = 二级, 3 = 三级). */
    @Schema(description = "Outpatient ratio at one hospital level")
    public record LevelRate(
            @NotNull @Min(1) @Max(3) @Schema(examples = "1") Integer hospitalLevel,
            @NotNull @Rate @Schema(examples = "0.9") BigDecimal rate) {
    }

    /** Terms with one ratio at every level. */
    public OutpatientRule(BigDecimal annualDeductible, BigDecimal rate, BigDecimal annualCap) {
        this(annualDeductible, rate, annualCap, null);
    }

    /** The ratio at {@code hospitalLevel}; {@code rate} when the level is not named or not given. */
    public BigDecimal rateAt(Integer hospitalLevel) {
        if (levelRates == null || hospitalLevel == null) {
            return rate;
        }
        return levelRates.stream().filter(l -> hospitalLevel.equals(l.hospitalLevel())).findFirst()
                .map(LevelRate::rate).orElse(rate);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (levelRates == null) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < levelRates.size(); i++) {
            LevelRate level = levelRates.get(i);
            if (level != null && level.hospitalLevel() != null) {
                found.require(seen.add(level.hospitalLevel()), "levelRates[" + i + "].hospitalLevel",
                        "hospital level " + level.hospitalLevel() + " appears more than once");
            }
        }
    }
}
