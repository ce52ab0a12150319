package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * RESIDENT_MEDICAL: 城乡居民基本医疗保险 for one coverage year (待遇年度; the version's period is that year).
 *
 * @param coverageYear           the year whose benefits these fees buy; notices often name the year they are issued in
 * @param fiscalSubsidyPerPerson 财政补助 per person per year
 * @param minimumStandard        true where the fees are national minimums that local fees may exceed
 * @param enrolmentWindow        集中参保期, within the year before the coverage year
 * @param continuity             when a change of scheme or a short gap starts no waiting period; null where unknown
 */
@Consistent
@Schema(description = "RESIDENT_MEDICAL payload: fees and waiting periods of one coverage year")
public record ResidentMedicalPolicy(
        @NotNull @Schema(examples = "2025") Integer coverageYear,
        @NotEmpty List<@NotNull @Valid ResidentFee> fees,
        @PositiveOrZero @Schema(examples = "700") BigDecimal fiscalSubsidyPerPerson,
        boolean minimumStandard,
        @Valid EnrolmentWindow enrolmentWindow,
        @NotNull @Valid WaitingPeriodRule waitingPeriod,
        @Valid ContinuityRule continuity) implements PolicyPayload, ConsistencyChecked {

    /** A policy without continuity rules. */
    public ResidentMedicalPolicy(Integer coverageYear, List<ResidentFee> fees, BigDecimal fiscalSubsidyPerPerson,
            boolean minimumStandard, EnrolmentWindow enrolmentWindow, WaitingPeriodRule waitingPeriod) {
        this(coverageYear, fees, fiscalSubsidyPerPerson, minimumStandard, enrolmentWindow, waitingPeriod, null);
    }

    /** 集中参保期, as month-days ("--09-01" to "--12-31"). */
    public record EnrolmentWindow(@NotNull MonthDay start, @NotNull MonthDay end) {
    }

    public ResidentFee feeFor(ResidentCategory category) {
        return fees.stream().filter(f -> f.categories().contains(category)).findFirst().orElse(null);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (fees == null) {
            return;
        }
        Set<ResidentCategory> seen = new HashSet<>();
        for (int i = 0; i < fees.size(); i++) {
            ResidentFee fee = fees.get(i);
            if (fee == null || fee.categories() == null) {
                continue;
            }
            for (ResidentCategory category : fee.categories()) {
                found.require(seen.add(category), "fees[" + i + "].categories", category + " is priced twice");
            }
        }
    }
}
