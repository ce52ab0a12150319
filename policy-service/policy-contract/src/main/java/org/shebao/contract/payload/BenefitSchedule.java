package org.shebao.contract.payload;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Rate;

/**
 * Benefit terms of one scheme for one member status.
 *
 * @param classBSelfPayShare 乙类先行自付比例: the share of class-B costs the patient pays before any reimbursement
 */
@Schema(description = "Benefit terms of one scheme and member status")
public record BenefitSchedule(
        @NotNull Scheme scheme,
        @NotNull MemberStatus memberStatus,
        @Valid InpatientRule inpatient,
        @Valid OutpatientRule outpatient,
        @Rate @Schema(examples = "0.1") BigDecimal classBSelfPayShare,
        @Valid SeriousIllnessRule seriousIllness) {
}
