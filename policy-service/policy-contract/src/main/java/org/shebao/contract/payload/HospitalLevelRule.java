package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * Inpatient terms at one hospital level (1 = 一级/社区, 2 = 二级, 3 = 三级).
 *
 * @param deductibleFirstAdmission  起付线 of the first admission in the year
 * @param deductibleLaterAdmissions 起付线 of later admissions; null when the same as the first
 * @param bands                     支付比例 by amount of eligible cost (the part below the deductible is never paid)
 */
@Consistent
@Schema(description = "Inpatient deductible and reimbursement bands at one hospital level")
public record HospitalLevelRule(
        @NotNull @Min(1) @Max(3) Integer hospitalLevel,
        @NotNull @PositiveOrZero @Schema(examples = "1300") BigDecimal deductibleFirstAdmission,
        @PositiveOrZero @Schema(examples = "650") BigDecimal deductibleLaterAdmissions,
        @NotEmpty List<@NotNull @Valid Band> bands) implements ConsistencyChecked {

    public BigDecimal deductibleFor(int admissionNumberThisYear) {
        return admissionNumberThisYear > 1 && deductibleLaterAdmissions != null
                ? deductibleLaterAdmissions
                : deductibleFirstAdmission;
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        Band.checkContiguous(bands, "bands", found);
    }
}
