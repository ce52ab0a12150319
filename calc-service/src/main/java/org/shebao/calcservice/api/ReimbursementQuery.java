package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.medical.ReimbursementRequest;
import org.shebao.calcservice.calc.medical.VisitType;
import org.shebao.contract.CareScope;
import org.shebao.contract.Region;
import org.shebao.contract.payload.AssistanceStatus;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.MemberStatus;
import org.shebao.contract.payload.Scheme;

/**
 * One visit to reimburse. The treatment place's catalogue splits the costs (classA/classB/selfPay, as on the bill);
 * the insured place's policy pays (就医地目录、参保地政策).
 *
 * @param date           the day of the visit (default today); selects the policy in force
 * @param eligibleCostThisYear the eligible cost earlier this year for the visit type; with the other {@code …ThisYear}
 *                       amounts it places the visit in annual bands and toward the annual caps
 * @param policyOverride a complete MEDICAL_BENEFIT payload for the insured region, used instead of the published one
 */
@Schema(description = "Medical reimbursement request")
public record ReimbursementQuery(
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "110000") String insuredRegionCode,
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "310000") String treatmentRegionCode,
        @Schema(examples = "EMPLOYEE", required = true) Scheme scheme,
        @Schema(examples = "IN_SERVICE", required = true) MemberStatus memberStatus,
        @Schema(examples = "3") Integer hospitalLevel,
        @Schema(examples = "INPATIENT", required = true) VisitType visitType,
        @Schema(examples = "1") Integer admissionNumberThisYear,
        @Schema(required = true) @Valid ReimbursementRequest.Costs costs,
        @Schema(examples = "REFERRAL") FilingType filing,
        @Schema(examples = "0", description = "政策范围内费用 already incurred this year for this visit type")
        BigDecimal eligibleCostThisYear,
        @Schema(examples = "0") BigDecimal fundPaidThisYear,
        @Schema(examples = "0", description = "职工大额医疗费用补助 already paid this year") BigDecimal largeExpensePaidThisYear,
        @Schema(examples = "0") BigDecimal personalBurdenThisYear,
        @Schema(examples = "0", description = "大病保险 already paid this year") BigDecimal seriousIllnessPaidThisYear,
        @Schema(examples = "NONE") AssistanceStatus assistanceStatus,
        @Schema(examples = "2025-08-15") LocalDate date,
        @Valid MedicalBenefitPolicy policyOverride) {

    /** The claim, once the service has placed the treatment region relative to the insured 统筹区. */
    public ReimbursementRequest toRequest(CareScope scope) {
        return new ReimbursementRequest(scope, scheme, memberStatus, hospitalLevel, visitType, admissionNumberThisYear,
                costs, filing, new ReimbursementRequest.YearToDate(eligibleCostThisYear, fundPaidThisYear,
                        largeExpensePaidThisYear, personalBurdenThisYear, seriousIllnessPaidThisYear),
                assistanceStatus);
    }
}
