package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * 住院: terms per hospital level and the fund's annual cap (统筹基金年度最高支付限额).
 *
 * @param annualFundCap 统筹基金年度最高支付限额; null where no source states it as an amount (the answer then says the
 *                      cap is unknown)
 * @param bandsMeasure  what the levels' band amounts measure; null means {@link BandsMeasure#PER_ADMISSION}
 */
@Consistent
@Schema(description = "Inpatient terms")
public record InpatientRule(
        @NotEmpty List<@NotNull @Valid HospitalLevelRule> levels,
        @Positive @Schema(examples = "500000") BigDecimal annualFundCap,
        @Schema(examples = "ANNUAL_CUMULATIVE") BandsMeasure bandsMeasure) implements ConsistencyChecked {

    /** What a band's {@code from} is measured on. */
    public enum BandsMeasure {
        /** The eligible cost of this admission (分段 per stay). */
        PER_ADMISSION,
        /** The eligible cost accumulated in the year (年度累计), so earlier stays move a later one up the bands. */
        ANNUAL_CUMULATIVE
    }

    /** Terms whose bands are per admission. */
    public InpatientRule(List<HospitalLevelRule> levels, BigDecimal annualFundCap) {
        this(levels, annualFundCap, null);
    }

    public BandsMeasure measure() {
        return bandsMeasure == null ? BandsMeasure.PER_ADMISSION : bandsMeasure;
    }

    public HospitalLevelRule level(int hospitalLevel) {
        return levels.stream().filter(l -> l.hospitalLevel() == hospitalLevel).findFirst().orElse(null);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (levels == null) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            HospitalLevelRule level = levels.get(i);
            if (level != null && level.hospitalLevel() != null) {
                found.require(seen.add(level.hospitalLevel()), "levels[" + i + "].hospitalLevel",
                        "hospital level " + level.hospitalLevel() + " appears more than once");
            }
        }
    }
}
