package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * Benefit terms of one scheme for one member status.
 *
 * @param classBSelfPayShare          乙类先行自付比例: the share of class-B costs the patient pays before any
 *                                    reimbursement
 * @param largeExpense                职工大额医疗费用补助 above the fund's annual cap; employees only
 * @param personalAccountMonthlyCredit 个人账户 monthly crediting in 元 where it is a fixed amount (retirees' 定额划入);
 *                                    in-service employees are credited their own contribution share instead
 *                                    (CONTRIBUTION's personalAccounts.medicalRate)
 * @param personalAccountNote         how the crediting works where it is not one amount (a share of the pension, by
 *                                    age, …)
 * @param personalAccountCreditByAge  retirees' fixed monthly credit where it depends on age, by age band (rising);
 *                                    instead of {@code personalAccountMonthlyCredit}
 */
@Consistent
@Schema(description = "Benefit terms of one scheme and member status")
public record BenefitSchedule(
        @NotNull Scheme scheme,
        @NotNull MemberStatus memberStatus,
        @Valid InpatientRule inpatient,
        @Valid OutpatientRule outpatient,
        @Rate @Schema(examples = "0.1") BigDecimal classBSelfPayShare,
        @Valid SeriousIllnessRule seriousIllness,
        @Valid LargeExpenseRule largeExpense,
        @PositiveOrZero @Schema(examples = "150") BigDecimal personalAccountMonthlyCredit,
        @Size(max = 1000) String personalAccountNote,
        @Size(max = 10) List<@Valid @NotNull AgeCredit> personalAccountCreditByAge) implements ConsistencyChecked {

    /** Terms without 大额补助 or 个人账户 crediting. */
    public BenefitSchedule(Scheme scheme, MemberStatus memberStatus, InpatientRule inpatient,
            OutpatientRule outpatient, BigDecimal classBSelfPayShare, SeriousIllnessRule seriousIllness) {
        this(scheme, memberStatus, inpatient, outpatient, classBSelfPayShare, seriousIllness, null, null, null, null);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        boolean employee = scheme == Scheme.EMPLOYEE;
        found.require(employee || largeExpense == null, "largeExpense",
                "职工大额医疗费用补助 belongs to the employees' scheme");
        found.require(employee || personalAccountMonthlyCredit == null, "personalAccountMonthlyCredit",
                "residents have no 个人账户");
        found.require(employee || personalAccountNote == null, "personalAccountNote", "residents have no 个人账户");
        found.require(employee || personalAccountCreditByAge == null, "personalAccountCreditByAge",
                "residents have no 个人账户");
        found.require(personalAccountMonthlyCredit == null || personalAccountCreditByAge == null,
                "personalAccountCreditByAge", "give one amount (personalAccountMonthlyCredit) or age bands, not both");
        AgeCredit.checkRising(personalAccountCreditByAge, "personalAccountCreditByAge", found);
    }
}
