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

/** 住院: terms per hospital level and the fund's annual cap (统筹基金年度最高支付限额). */
@Consistent
@Schema(description = "Inpatient terms")
public record InpatientRule(
        @NotEmpty List<@NotNull @Valid HospitalLevelRule> levels,
        @NotNull @Positive @Schema(examples = "500000") BigDecimal annualFundCap) implements ConsistencyChecked {

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
