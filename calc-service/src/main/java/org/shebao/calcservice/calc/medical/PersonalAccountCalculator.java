package org.shebao.calcservice.calc.medical;

import static org.shebao.calcservice.calc.InputChecks.positive;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.contract.payload.AgeCredit;
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
     * @param age           the retiree's age (周岁) the credit was chosen by; null when not given or not needed
     * @param creditByAge   a retirees' credit that depends on age: every band, so that each case is answered
     * @param note          how the region credits where it is not one amount
     */
    public record Result(MemberStatus memberStatus, BigDecimal monthlyCredit, BigDecimal rate, BigDecimal base,
            Integer age, List<AgeCredit> creditByAge, String note, Status.Report status) {
    }

    /** The oldest age a request may state (周岁). */
    public static final int MAX_AGE = 130;

    private PersonalAccountCalculator() {
    }

    /**
     * In service: base × the employee's crediting rate, rounded as the region's contributions are.
     *
     * @param age given by the caller; in service the credit does not depend on it (said in a warning)
     */
    public static Result inService(BigDecimal base, Integer age, SourcedPolicy<ContributionPolicy> contribution,
            Trace trace) {
        positive("base", base);
        var schedule = contribution.payload().participants().get(ParticipantType.EMPLOYEE);
        PersonalAccountRule rule = schedule == null ? null : schedule.personalAccounts();
        BigDecimal rate = rule == null ? null : rule.medicalRate();
        Status status = new Status();
        if (age != null) {
            ignored(status, "age", "在职人员按缴费基数划入，与年龄无关", "in service the credit is a share of the base, "
                    + "whatever the age");
        }
        if (rate == null) {
            unknownCredit(status, StatusCode.ACCOUNT_RATE_NOT_PUBLISHED, contribution.ref().label()
                    + " 未公布职工医保个人账户划入比例，月划入额未知", contribution.ref().label() + " publishes no crediting"
                    + " rate for the medical personal account, so the monthly credit is unknown");
            return new Result(MemberStatus.IN_SERVICE, null, null, base, null, null, null, status.report());
        }
        BigDecimal credit = contribution.payload().rounding().apply(base.multiply(rate));
        trace.step("medical account", "base × medicalRate", credit, in -> in
                .request("base", base)
                .policy("medicalRate", rate, contribution.ref()));
        return new Result(MemberStatus.IN_SERVICE, credit, rate, base, null, null, null, status.report());
    }

    /**
     * Retired: the region's fixed monthly amount, or the amount of the retiree's age band where it depends on age
     * (without an age, every band is given and the credit is unknown), with the region's note.
     *
     * @param base given by the caller; retirees' credit does not depend on a base (said in a warning)
     * @param age  周岁 this month; null when not given
     */
    public static Result retired(SourcedPolicy<MedicalBenefitPolicy> benefit, BigDecimal base, Integer age,
            Trace trace) {
        BenefitSchedule schedule = required("memberStatus", benefit).payload().schedule(Scheme.EMPLOYEE,
                MemberStatus.RETIRED);
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new InvalidInputException("age", "must be an age in years (周岁) between 0 and " + MAX_AGE);
        }
        List<AgeCredit> byAge = schedule == null ? null : schedule.personalAccountCreditByAge();
        String note = schedule == null ? null : schedule.personalAccountNote();
        Status status = new Status();
        if (base != null) {
            ignored(status, "base", "退休人员按定额划入，与缴费基数无关", "retirees are credited a fixed amount, not a "
                    + "share of a base");
        }
        if (byAge != null) {
            return byAge(benefit, byAge, age, note, status, trace);
        }
        if (age != null) {
            ignored(status, "age", benefit.ref().label() + " 的定额划入不分年龄", benefit.ref().label()
                    + " credits retirees the same whatever their age");
        }
        BigDecimal credit = schedule == null ? null : schedule.personalAccountMonthlyCredit();
        if (credit == null) {
            unknownCredit(status, StatusCode.ACCOUNT_CREDIT_NOT_PUBLISHED, benefit.ref().label()
                    + " 未公布退休人员个人账户的定额划入标准，月划入额未知", benefit.ref().label() + " publishes no fixed "
                    + "monthly personal-account credit for retirees, so it is unknown");
        } else {
            trace.step("medical account", "the region's fixed monthly credit for retirees", credit, in -> in
                    .policy("personalAccountMonthlyCredit", credit, benefit.ref()));
        }
        return new Result(MemberStatus.RETIRED, credit, null, null, null, null, note, status.report());
    }

    /** The monthly credit is unknown for {@code reason}: named in the status and in {@code unknown[]}. */
    private static void unknownCredit(Status status, StatusCode reason, String zh, String en) {
        status.add(reason, "monthlyCredit", zh, en).unknown("monthlyCredit", reason);
    }

    private static void ignored(Status status, String field, String zhWhy, String enWhy) {
        status.add(StatusCode.INPUT_IGNORED, field, "已忽略 " + field + "：" + zhWhy, field + " ignored: " + enWhy);
    }

    private static Result byAge(SourcedPolicy<MedicalBenefitPolicy> benefit, List<AgeCredit> bands, Integer age,
            String note, Status status, Trace trace) {
        if (age == null) {
            unknownCredit(status, StatusCode.CREDIT_BY_AGE, benefit.ref().label()
                    + " 按年龄定额划入，未提供年龄：按年龄段分别给出", benefit.ref().label() + " credits retirees by age and "
                    + "no age was given: the credit is given for each age band");
            return new Result(MemberStatus.RETIRED, null, null, null, null, bands, note, status.report());
        }
        Optional<AgeCredit> band = AgeCredit.forAge(bands, age);
        if (band.isEmpty()) {
            unknownCredit(status, StatusCode.ACCOUNT_CREDIT_NOT_PUBLISHED, benefit.ref().label()
                    + " 未公布" + age + "岁退休人员的定额划入标准，月划入额未知", benefit.ref().label() + " publishes no "
                    + "credit for a retiree aged " + age + ", so it is unknown");
            return new Result(MemberStatus.RETIRED, null, null, null, age, bands, note, status.report());
        }
        BigDecimal credit = band.get().monthlyCredit();
        trace.step("medical account", "the region's fixed monthly credit for a retiree of this age", credit, in -> in
                .request("age", age)
                .policy("personalAccountCreditByAge.fromAge", band.get().fromAge(), benefit.ref())
                .policy("personalAccountCreditByAge.monthlyCredit", credit, benefit.ref()));
        return new Result(MemberStatus.RETIRED, credit, null, null, age, bands, note, status.report());
    }
}
