package org.shebao.calcservice.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.AssistanceStatus;
import org.shebao.contract.payload.Band;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.BenefitSchedule;
import org.shebao.contract.payload.ContributionLine;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.GuideProcedure;
import org.shebao.contract.payload.HospitalLevelRule;
import org.shebao.contract.payload.InpatientRule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.MemberStatus;
import org.shebao.contract.payload.OutOfAreaRule;
import org.shebao.contract.payload.OutpatientRule;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.PersonalAccountRule;
import org.shebao.contract.payload.ProcedureType;
import org.shebao.contract.payload.RateRange;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.Scheme;
import org.shebao.contract.payload.SeriousIllnessRule;

/**
 * The hypothetical city H of docs/domain/rules.md §7 (region code "H"): invented parameters that make the worked examples
 * computable without resting on any real region's figures.
 */
public final class CityH {

    public static final String REGION = "H";

    private CityH() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static PolicyRef ref(PolicyKind kind) {
        return new PolicyRef(REGION, kind, 1);
    }

    // ---- contributions ------------------------------------------------------------------------------------------

    /** Bases 5000–30000; 养老 16/8, 医疗 8/2 + 3 元, 失业 0.5/0.5, 工伤 0.2–1.9 % (default 0.4 %). */
    public static ContributionSchedule employeeSchedule() {
        return new ContributionSchedule(new BaseRange(d("5000"), d("30000")), List.of(
                line(InsuranceType.PENSION, "养老保险", d("0.16"), d("0.08"), null),
                line(InsuranceType.MEDICAL, "医疗保险", d("0.08"), d("0.02"), d("3")),
                line(InsuranceType.UNEMPLOYMENT, "失业保险", d("0.005"), d("0.005"), null),
                new ContributionLine(InsuranceType.WORK_INJURY, "工伤保险", null, null, BigDecimal.ZERO,
                        new RateRange(d("0.002"), d("0.019"), d("0.004")), null, null,
                        null)),
                null, new PersonalAccountRule(d("0.08"), d("0.02")));
    }

    /** Flexible workers pay 养老 20 % and 医疗 10 % on a chosen base within 5000–30000; the employer side is 0. */
    public static ContributionSchedule flexibleSchedule() {
        return new ContributionSchedule(new BaseRange(d("5000"), d("30000")), List.of(
                line(InsuranceType.PENSION, "养老保险", BigDecimal.ZERO, d("0.20"), null),
                line(InsuranceType.MEDICAL, "医疗保险", BigDecimal.ZERO, d("0.10"), null)),
                null, new PersonalAccountRule(d("0.08"), null));
    }

    public static ContributionLine line(InsuranceType insurance, String label, BigDecimal employerRate,
            BigDecimal employeeRate, BigDecimal employeeFixed) {
        return new ContributionLine(insurance, label, null, employerRate, employeeRate, null, null, employeeFixed,
                null);
    }

    public static SourcedPolicy<ContributionPolicy> contribution(Rounding rounding) {
        return contribution(Map.of(ParticipantType.EMPLOYEE, employeeSchedule(),
                ParticipantType.FLEXIBLE, flexibleSchedule()), rounding);
    }

    public static SourcedPolicy<ContributionPolicy> contribution(Map<ParticipantType, ContributionSchedule> schedules,
            Rounding rounding) {
        return SourcedPolicy.of(ref(PolicyKind.CONTRIBUTION), new ContributionPolicy(schedules, rounding));
    }

    // ---- medical benefits -------------------------------------------------------------------------------------

    /** §7.8: threshold 19185; above it 0–50000 @60 %, 50000–100000 @70 %, 100000–200000 @80 %, beyond @90 %; cap 400000. */
    public static SeriousIllnessRule seriousIllness() {
        return new SeriousIllnessRule(d("19185"), List.of(
                new Band(d("0"), d("0.60")),
                new Band(d("50000"), d("0.70")),
                new Band(d("100000"), d("0.80")),
                new Band(d("200000"), d("0.90"))),
                d("400000"),
                Map.of(AssistanceStatus.EXTREME_POVERTY,
                        new SeriousIllnessRule.AssistanceAdjustment(d("0.5"), d("0.05"), true)));
    }

    /**
     * §7.6: 在职 三级 起付 1300 at 85 %, 二级 起付 1000 at 88 %; 退休 三级 91 %; fund cap 500000; 乙类先行自付 10 %. Out of area
     * (§7.7): reductions 0 for 长期居住, 10 points for 转诊 and 急诊, 20 for other temporary care; 补办 before discharge
     * and manual claims within 6 months allowed. 门诊: 起付 1800, 50 %, cap 20000.
     */
    public static SourcedPolicy<MedicalBenefitPolicy> medical() {
        return medical(List.of(new Band(d("0"), d("0.85"))), reductions());
    }

    public static Map<FilingType, BigDecimal> reductions() {
        return Map.of(FilingType.LONG_TERM_RESIDENCE, d("0"), FilingType.REFERRAL, d("0.10"),
                FilingType.EMERGENCY, d("0.10"), FilingType.TEMPORARY_OTHER, d("0.20"));
    }

    public static SourcedPolicy<MedicalBenefitPolicy> medical(List<Band> inServiceLevel3,
            Map<FilingType, BigDecimal> reductions) {
        InpatientRule inService = new InpatientRule(List.of(
                new HospitalLevelRule(3, d("1300"), null, inServiceLevel3),
                new HospitalLevelRule(2, d("1000"), d("500"), List.of(new Band(d("0"), d("0.88"))))),
                d("500000"));
        InpatientRule retired = new InpatientRule(List.of(
                new HospitalLevelRule(3, d("1300"), null, List.of(new Band(d("0"), d("0.91"))))), d("500000"));
        OutpatientRule outpatient = new OutpatientRule(d("1800"), d("0.5"), d("20000"));
        return SourcedPolicy.of(ref(PolicyKind.MEDICAL_BENEFIT), new MedicalBenefitPolicy(List.of(
                new BenefitSchedule(Scheme.EMPLOYEE, MemberStatus.IN_SERVICE, inService, outpatient, d("0.10"),
                        seriousIllness()),
                new BenefitSchedule(Scheme.EMPLOYEE, MemberStatus.RETIRED, retired, null, d("0.10"),
                        seriousIllness())),
                new OutOfAreaRule(reductions, null, new OutOfAreaRule.UnfiledCare(true, true, 6)),
                null));
    }

    /** H's guide: the 其他临时外出就医 filing and the manual claim. */
    public static SourcedPolicy<GuidePolicy> guide() {
        GuideProcedure filing = new GuideProcedure(ProcedureType.OUT_OF_AREA_FILING, null, FilingType.TEMPORARY_OTHER,
                "其他临时外出就医人员备案", List.of(
                        new GuideProcedure.Material("医保电子凭证、有效身份证件或社会保障卡", true, null, null),
                        new GuideProcedure.Material("个人承诺书", false, "就医证明", null)),
                List.of("国家医保服务平台APP"), new GuideProcedure.Validity(6, false, "有效期内可多次就诊"),
                List.of("出院结算前完成备案可直接结算"));
        GuideProcedure claim = new GuideProcedure(ProcedureType.MANUAL_REIMBURSEMENT, null, null, "零星报销",
                List.of(new GuideProcedure.Material("费用发票", true, null, null)), List.of("参保地经办窗口"), null,
                null);
        return SourcedPolicy.of(ref(PolicyKind.GUIDE), new GuidePolicy(List.of(filing, claim)));
    }

    public static Rounding fenHalfUp() {
        return Rounding.FEN_HALF_UP;
    }

    /** 上海-style "见分进角": to the 角, any 分 rounds up, per line. */
    public static Rounding jiaoUp() {
        return new Rounding(1, RoundingMode.UP, Rounding.Scope.LINE);
    }
}
