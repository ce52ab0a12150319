package org.shebao.calcservice.calc.medical;

import static org.shebao.calcservice.calc.InputChecks.positive;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;

import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.contract.payload.BenefitSchedule;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.MemberStatus;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.PersonalAccountRule;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.Scheme;

/**
 * 职工医保个人账户 monthly crediting (国办发〔2021〕14号): in service, the employee's own contribution share of the base
 * (CONTRIBUTION's {@code personalAccounts.medicalRate}, about 2 %); retired, the region's fixed amount
 * ({@code personalAccountMonthlyCredit} of the EMPLOYEE/RETIRED schedule). An unpublished figure leaves the credit
 * unknown.
 */
public final class PersonalAccountCalculator {

    /**
     * @param monthlyCredit 元 per month; null when unknown
     * @param rate          the crediting rate (in service); null for retirees
     * @param base          the contribution base it applies to (in service); null for retirees
     * @param note          how the region credits where it is not one amount
     */
    public record Result(MemberStatus memberStatus, BigDecimal monthlyCredit, BigDecimal rate, BigDecimal base,
            String note, Status.Report status) {
    }

    private PersonalAccountCalculator() {
    }

    /** In service: base × the employee's crediting rate, rounded as the region's contributions are. */
    public static Result inService(BigDecimal base, SourcedPolicy<ContributionPolicy> contribution, Trace trace) {
        positive("base", base);
        var schedule = contribution.payload().participants().get(ParticipantType.EMPLOYEE);
        PersonalAccountRule rule = schedule == null ? null : schedule.personalAccounts();
        BigDecimal rate = rule == null ? null : rule.medicalRate();
        Status status = new Status();
        if (rate == null) {
            status.add(StatusCode.ACCOUNT_RATE_NOT_PUBLISHED, "monthlyCredit", contribution.ref().label()
                    + " 未公布职工医保个人账户划入比例，月划入额未知", contribution.ref().label() + " publishes no crediting"
                    + " rate for the medical personal account, so the monthly credit is unknown");
            status.unknown("monthlyCredit", StatusCode.ACCOUNT_RATE_NOT_PUBLISHED);
            return new Result(MemberStatus.IN_SERVICE, null, null, base, null, status.report());
        }
        BigDecimal credit = contribution.payload().rounding().apply(base.multiply(rate));
        trace.step("medical account", "base × medicalRate", credit, in -> in
                .request("base", base)
                .policy("medicalRate", rate, contribution.ref()));
        return new Result(MemberStatus.IN_SERVICE, credit, rate, base, null, status.report());
    }

    /** Retired: the region's fixed monthly amount, with its note. */
    public static Result retired(SourcedPolicy<MedicalBenefitPolicy> benefit, Trace trace) {
        BenefitSchedule schedule = required("memberStatus", benefit).payload().schedule(Scheme.EMPLOYEE,
                MemberStatus.RETIRED);
        BigDecimal credit = schedule == null ? null : schedule.personalAccountMonthlyCredit();
        String note = schedule == null ? null : schedule.personalAccountNote();
        Status status = new Status();
        if (credit == null) {
            status.add(StatusCode.ACCOUNT_CREDIT_NOT_PUBLISHED, "monthlyCredit", benefit.ref().label()
                    + " 未公布退休人员个人账户的定额划入标准，月划入额未知", benefit.ref().label() + " publishes no fixed "
                    + "monthly personal-account credit for retirees, so it is unknown");
            status.unknown("monthlyCredit", StatusCode.ACCOUNT_CREDIT_NOT_PUBLISHED);
        } else {
            trace.step("medical account", "the region's fixed monthly credit for retirees", credit, in -> in
                    .policy("personalAccountMonthlyCredit", credit, benefit.ref()));
        }
        return new Result(MemberStatus.RETIRED, credit, null, null, note, status.report());
    }
}
