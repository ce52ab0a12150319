package org.shebao.calcservice.calc.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.CityH;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.National;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.RecordingTrace;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.Unknown;
import org.shebao.calcservice.calc.medical.ReimbursementRequest.Costs;
import org.shebao.calcservice.calc.medical.ReimbursementRequest.YearToDate;
import org.shebao.calcservice.calc.medical.ReimbursementResult.NextStepAction;
import org.shebao.contract.CareScope;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.AssistanceStatus;
import org.shebao.contract.payload.Band;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.MemberStatus;
import org.shebao.contract.payload.OutOfAreaRule;
import org.shebao.contract.payload.Scheme;

/**
 * Reimbursement in the hypothetical city H of docs/domain/rules.md §7.6–7.8 (在职 三级 起付 1300 at 85 %, 二级 1000 at 88 %,
 * 退休 三级 91 %, fund cap 500000, 乙类先行自付 10 %; 大病保险 threshold 19185 with §7.8's bands; 异地 reductions 0 / 10 /
 * 10 / 20 points).
 */
class MedicalReimbursementCalculatorTest {

    private static ReimbursementRequest inpatient(MemberStatus status, int level, String classA, String classB,
            String selfPay) {
        return request(CareScope.LOCAL, Scheme.EMPLOYEE, status, level, VisitType.INPATIENT, 1,
                new Costs(d(classA), d(classB), d(selfPay)), FilingType.NONE, null, null, null);
    }

    private static ReimbursementRequest outOfArea(FilingType filing) {
        return request(CareScope.CROSS_PROVINCE, Scheme.EMPLOYEE, MemberStatus.IN_SERVICE, 3, VisitType.INPATIENT, 1,
                new Costs(d("20000"), d("0"), d("0")), filing, null, null, null);
    }

    /** A request with the two year-to-date amounts most cases give. */
    static ReimbursementRequest request(CareScope scope, Scheme scheme, MemberStatus status, Integer level,
            VisitType type, Integer admission, Costs costs, FilingType filing, BigDecimal fundPaid, BigDecimal burden,
            AssistanceStatus assistance) {
        return new ReimbursementRequest(scope, scheme, status, level, type, admission, costs, filing,
                new YearToDate(null, fundPaid, null, burden, null), assistance);
    }

    static ReimbursementResult calculateWith(ReimbursementRequest request, SourcedPolicy<MedicalBenefitPolicy> insured,
            SourcedPolicy<MedicalBenefitPolicy> national, SourcedPolicy<GuidePolicy> guide) {
        return calculateWith(request, insured, national, guide, Trace.NONE);
    }

    static ReimbursementResult calculateWith(ReimbursementRequest request, SourcedPolicy<MedicalBenefitPolicy> insured,
            SourcedPolicy<MedicalBenefitPolicy> national, SourcedPolicy<GuidePolicy> guide, Trace trace) {
        return MedicalReimbursementCalculator.calculate(request, new ClaimPolicies(insured, null, national, guide),
                trace);
    }

    private static ReimbursementResult calculate(ReimbursementRequest request) {
        return calculateWith(request, CityH.medical(), National.outOfAreaMaxima(),
                CityH.guide());
    }

    @Nested
    class InpatientCityH {

        /** R1 (city H): 在职 三级, in-scope 20000 + 自费 2000 → (20000 − 1300) × 85 % = 15895.00; patient 6105.00. */
        @Test
        void r1() {
            ReimbursementResult result = calculate(inpatient(MemberStatus.IN_SERVICE, 3, "20000", "0", "2000"));

            assertThat(result.eligibleCost()).isEqualByComparingTo("20000");
            assertThat(result.deductible()).isEqualByComparingTo("1300");
            assertThat(result.ratio()).isEqualByComparingTo("0.85");
            assertThat(result.reductionPoints()).isEqualByComparingTo("0");
            assertThat(result.fundPayment()).isEqualByComparingTo("15895.00");
            assertThat(result.capReached()).isFalse();
            // burden 4105 stays below the 大病 threshold
            assertThat(result.seriousIllnessPayment()).isEqualByComparingTo("0");
            assertThat(result.patientPayment()).isEqualByComparingTo("6105.00");
            assertThat(result.directSettlement()).isTrue();
            assertThat(result.nextSteps()).isEmpty();
            assertThat(result.status().findings()).extracting(Finding::en).isEmpty();
        }

        /** R2 (city H): 退休 三级 → 18700 × 91 % = 17017.00. */
        @Test
        void r2() {
            assertThat(calculate(inpatient(MemberStatus.RETIRED, 3, "20000", "0", "0")).fundPayment())
                    .isEqualByComparingTo("17017.00");
        }

        /** R3 (city H): 在职 二级, 起付 1000 → 19000 × 88 % = 16720.00. */
        @Test
        void r3() {
            assertThat(calculate(inpatient(MemberStatus.IN_SERVICE, 2, "20000", "0", "0")).fundPayment())
                    .isEqualByComparingTo("16720.00");
        }

        /** R4 (city H): in-scope 1000 stays below the deductible → 0.00. */
        @Test
        void r4() {
            ReimbursementResult result = calculate(inpatient(MemberStatus.IN_SERVICE, 3, "1000", "0", "0"));

            assertThat(result.fundPayment()).isEqualByComparingTo("0");
            assertThat(result.patientPayment()).isEqualByComparingTo("1000");
        }

        /** R5 (city H): 甲类 20000 + 乙类 10000 with 10 % 先行自付 → 29000 in scope; 27700 × 85 % = 23545.00. */
        @Test
        void r5() {
            ReimbursementResult result = calculate(inpatient(MemberStatus.IN_SERVICE, 3, "20000", "10000", "0"));

            assertThat(result.eligibleCost()).isEqualByComparingTo("29000");
            assertThat(result.fundPayment()).isEqualByComparingTo("23545.00");
            assertThat(result.patientPayment()).isEqualByComparingTo("6455.00");
        }

        /**
         * R6 (city H): in-scope 800000 → 678895 capped at 500000; the remaining burden 300000 goes to 大病保险:
         * 280815 above 19185 → 50000 × 60 % + 50000 × 70 % + 100000 × 80 % + 80815 × 90 % = 217733.50.
         */
        @Test
        void r6() {
            ReimbursementResult result = calculate(inpatient(MemberStatus.IN_SERVICE, 3, "800000", "0", "0"));

            assertThat(result.fundPayment()).isEqualByComparingTo("500000.00");
            assertThat(result.capReached()).isTrue();
            assertThat(result.seriousIllnessPayment()).isEqualByComparingTo("217733.50");
            assertThat(result.patientPayment()).isEqualByComparingTo("82266.50");
        }

        /** R7 (city H, a Beijing-like [M] shape): 1300–30000 85 %, 30000–40000 90 %, above 95 %; 60000 → 52395.00. */
        @Test
        void r7() {
            SourcedPolicy<MedicalBenefitPolicy> segmented = CityH.medical(List.of(
                    new Band(d("0"), d("0.85")), new Band(d("30000"), d("0.90")), new Band(d("40000"), d("0.95"))),
                    CityH.reductions());

            ReimbursementResult result = calculateWith(
                    inpatient(MemberStatus.IN_SERVICE, 3, "60000", "0", "0"), segmented, null, null);

            assertThat(result.fundPayment()).isEqualByComparingTo("52395.00");
            assertThat(result.ratio()).isEqualByComparingTo("0.85");
        }

        @Test
        void laterAdmissionsUseTheirOwnDeductible() {
            ReimbursementRequest second = request(CareScope.LOCAL, Scheme.EMPLOYEE, MemberStatus.IN_SERVICE, 2,
                    VisitType.INPATIENT, 2, new Costs(d("20000"), d("0"), d("0")), null, null, null, null);

            ReimbursementResult result = calculate(second);

            assertThat(result.deductible()).isEqualByComparingTo("500");
            assertThat(result.fundPayment()).isEqualByComparingTo("17160.00");
        }

        @Test
        void whatTheFundPaidThisYearShrinksTheCap() {
            ReimbursementRequest request = request(CareScope.LOCAL, Scheme.EMPLOYEE, MemberStatus.IN_SERVICE, 3,
                    VisitType.INPATIENT, 3, new Costs(d("20000"), d("0"), d("0")), null, d("490000"), null, null);

            ReimbursementResult result = calculate(request);

            assertThat(result.fundPayment()).isEqualByComparingTo("10000.00");
            assertThat(result.capReached()).isTrue();
        }
    }

    @Nested
    class OutOfAreaCityH {

        /** Y1 (city H): 异地长期居住 备案 → no reduction, 85 % → 15895.00. */
        @Test
        void y1LongTermResidence() {
            ReimbursementResult result = calculate(outOfArea(FilingType.LONG_TERM_RESIDENCE));

            assertThat(result.ratio()).isEqualByComparingTo("0.85");
            assertThat(result.fundPayment()).isEqualByComparingTo("15895.00");
            assertThat(result.directSettlement()).isTrue();
        }

        /** Y2 (city H): 异地转诊 备案, H's reduction 10 points → 75 % → 14025.00. */
        @Test
        void y2Referral() {
            ReimbursementResult result = calculate(outOfArea(FilingType.REFERRAL));

            assertThat(result.reductionPoints()).isEqualByComparingTo("0.10");
            assertThat(result.ratio()).isEqualByComparingTo("0.75");
            assertThat(result.fundPayment()).isEqualByComparingTo("14025.00");
            assertThat(result.status().findings()).extracting(Finding::en).isEmpty();
        }

        /** Y3 (city H): 急诊抢救 counts as filed → 75 %, settled directly. */
        @Test
        void y3EmergencyCountsAsFiled() {
            ReimbursementResult result = calculate(outOfArea(FilingType.EMERGENCY));

            assertThat(result.fundPayment()).isEqualByComparingTo("14025.00");
            assertThat(result.directSettlement()).isTrue();
            assertThat(result.nextSteps()).isEmpty();
        }

        /** Y4 (city H): 其他临时外出 备案, reduction 20 points → 65 % → 12155.00. */
        @Test
        void y4OtherTemporaryCare() {
            ReimbursementResult result = calculate(outOfArea(FilingType.TEMPORARY_OTHER));

            assertThat(result.ratio()).isEqualByComparingTo("0.65");
            assertThat(result.fundPayment()).isEqualByComparingTo("12155.00");
        }

        /**
         * Y5 (city H): not filed; H allows 补办 before discharge and a manual claim within 6 months → computed as Y4,
         * not settled directly, with both next steps from H's guide.
         */
        @Test
        void y5NotFiledIsComputedAsOtherTemporaryCareWithNextSteps() {
            ReimbursementResult result = calculate(outOfArea(FilingType.NONE));

            assertThat(result.fundPayment()).isEqualByComparingTo("12155.00");
            assertThat(result.directSettlement()).isFalse();
            assertThat(result.nextSteps()).extracting(ReimbursementResult.NextStep::action)
                    .containsExactly(NextStepAction.FILE_BEFORE_DISCHARGE, NextStepAction.MANUAL_CLAIM);
            ReimbursementResult.NextStep filing = result.nextSteps().get(0);
            assertThat(filing.title()).contains("其他临时外出就医人员备案");
            assertThat(filing.materials()).containsExactly("医保电子凭证、有效身份证件或社会保障卡",
                    "个人承诺书（可代替就医证明）（非必需）");
            assertThat(filing.channels()).containsExactly("国家医保服务平台APP");
            assertThat(filing.notes()).contains("有效期内可多次就诊");
            assertThat(result.nextSteps().get(1).withinMonths()).isEqualTo(6);
            assertThat(result.nextSteps().get(1).materials()).containsExactly("费用发票");
            assertThat(result.status().findings()).extracting(Finding::en)
                    .singleElement().asString().startsWith("not filed");
        }

        @Test
        void y2WithoutALocalReductionTheNationalMaximumAppliesWithAWarning() {
            SourcedPolicy<MedicalBenefitPolicy> silent = CityH.medical(List.of(new Band(d("0"), d("0.85"))), null);

            ReimbursementResult result = calculateWith(outOfArea(FilingType.REFERRAL),
                    silent, National.outOfAreaMaxima(), null);

            assertThat(result.fundPayment()).isEqualByComparingTo("14025.00");
            assertThat(result.status().findings()).extracting(Finding::en).singleElement().asString()
                    .contains("national maximum of 10 points", "100000/MEDICAL_BENEFIT v1");
        }

        @Test
        void withNeitherALocalReductionNorANationalMaximumItIsAPolicyGap() {
            SourcedPolicy<MedicalBenefitPolicy> silent = CityH.medical(List.of(new Band(d("0"), d("0.85"))), null);

            assertThatThrownBy(() -> calculateWith(outOfArea(FilingType.REFERRAL), silent,
                    null, null))
                    .isInstanceOf(PolicyGapException.class)
                    .hasMessageContaining("no 异地就医 reduction for REFERRAL");
        }

        @Test
        void unfiledCareThatCanBeNeitherFiledNorClaimedIsNotPaid() {
            MedicalBenefitPolicy h = CityH.medical().payload();
            SourcedPolicy<MedicalBenefitPolicy> strict = SourcedPolicy.of(CityH.ref(PolicyKind.MEDICAL_BENEFIT),
                    new MedicalBenefitPolicy(h.schedules(), new OutOfAreaRule(CityH.reductions(), null,
                            new OutOfAreaRule.UnfiledCare(false, false, null)), null));

            ReimbursementResult result = calculateWith(outOfArea(FilingType.NONE), strict,
                    null, null);

            assertThat(result.fundPayment()).isEqualByComparingTo("0");
            assertThat(result.seriousIllnessPayment()).isEqualByComparingTo("0");
            assertThat(result.patientPayment()).isEqualByComparingTo("20000");
            assertThat(result.nextSteps()).isEmpty();
            assertThat(result.status().findings()).extracting(Finding::en)
                    .anySatisfy(w -> assertThat(w).contains("the fund pays nothing"));
        }

        @Test
        void withoutAnyRuleOnUnfiledCareTheStepIsToFileAndTheMissingGuideIsNamed() {
            MedicalBenefitPolicy h = CityH.medical().payload();
            SourcedPolicy<MedicalBenefitPolicy> noUnfiledRule = SourcedPolicy.of(CityH.ref(PolicyKind.MEDICAL_BENEFIT),
                    new MedicalBenefitPolicy(h.schedules(), new OutOfAreaRule(CityH.reductions(), null, null), null));

            ReimbursementResult result = calculateWith(outOfArea(FilingType.NONE),
                    noUnfiledRule, null, null);

            assertThat(result.fundPayment()).isEqualByComparingTo("12155.00");
            assertThat(result.nextSteps()).singleElement()
                    .satisfies(step -> assertThat(step.action()).isEqualTo(NextStepAction.FILE));
            assertThat(result.status().findings()).extracting(Finding::en).hasSize(2);
        }
    }

    @Nested
    class Outpatient {

        private ReimbursementRequest outpatient(String cost, String fundPaid) {
            return request(CareScope.LOCAL, Scheme.EMPLOYEE, MemberStatus.IN_SERVICE, null, VisitType.OUTPATIENT,
                    null, new Costs(d(cost), d("0"), d("0")), null, d(fundPaid), null, null);
        }

        @Test
        void theAnnualDeductibleAppliesInFullWhenNothingWasPaidYet() {
            ReimbursementResult result = calculate(outpatient("5000", "0"));

            assertThat(result.deductible()).isEqualByComparingTo("1800");
            assertThat(result.fundPayment()).isEqualByComparingTo("1600.00");
            assertThat(result.status().findings()).extracting(Finding::en)
                    .singleElement().asString().contains("deductible is applied in full");
        }

        @Test
        void afterAFundPaymentThisYearTheDeductibleIsMetAndTheCapShrinks() {
            assertThat(calculate(outpatient("5000", "100")).fundPayment()).isEqualByComparingTo("2500.00");
            ReimbursementResult capped = calculate(outpatient("5000", "19000"));
            assertThat(capped.fundPayment()).isEqualByComparingTo("1000.00");
            assertThat(capped.capReached()).isTrue();
        }
    }

    @Nested
    class Errors {

        /** A level missing from the table is one whose terms were not found: unknown, not another level's figures. */
        @Test
        void aHospitalLevelTheTableDoesNotHoldLeavesTheVisitUnknown() {
            ReimbursementResult result = calculate(inpatient(MemberStatus.RETIRED, 2, "20000", "0", "0"));

            assertThat(result.deductible()).isNull();
            assertThat(result.ratio()).isNull();
            assertThat(result.fundPayment()).isNull();
            assertThat(result.patientPayment()).isNull();
            assertThat(result.status().unknown()).contains(new Unknown("deductible", StatusCode.LEVEL_NOT_PUBLISHED),
                    new Unknown("fundPayment", StatusCode.LEVEL_NOT_PUBLISHED));
            assertThat(result.status().findings()).extracting(Finding::en)
                    .anyMatch(en -> en.contains("hospital levels [3] only"));
        }

        @Test
        void aSchemeOrVisitTypeWithoutTermsIsAPolicyGap() {
            ReimbursementRequest resident = request(CareScope.LOCAL, Scheme.RESIDENT, MemberStatus.IN_SERVICE, 3,
                    VisitType.INPATIENT, 1, new Costs(d("1"), d("0"), d("0")), null, null, null, null);
            ReimbursementRequest retiredOutpatient = request(CareScope.LOCAL, Scheme.EMPLOYEE,
                    MemberStatus.RETIRED, null, VisitType.OUTPATIENT, 1, new Costs(d("1"), d("0"), d("0")), null,
                    null, null, null);

            assertThatThrownBy(() -> calculate(resident)).isInstanceOf(PolicyGapException.class)
                    .hasMessageContaining("RESIDENT/IN_SERVICE");
            assertThatThrownBy(() -> calculate(retiredOutpatient)).isInstanceOf(PolicyGapException.class)
                    .hasMessageContaining("no outpatient terms");
        }

        @Test
        void inputFieldsAreNamed() {
            assertThatThrownBy(() -> calculate(inpatient(MemberStatus.IN_SERVICE, 3, "-1", "0", "0")))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("costs.classA"));
            assertThatThrownBy(() -> calculate(inpatient(MemberStatus.IN_SERVICE, 4, "1", "0", "0")))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("hospitalLevel"));
            assertThatThrownBy(() -> calculate(request(CareScope.LOCAL, Scheme.EMPLOYEE,
                    MemberStatus.IN_SERVICE, null, VisitType.INPATIENT, 1, new Costs(d("1"), d("0"), d("0")), null,
                    null, null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("hospitalLevel"));
            assertThatThrownBy(() -> calculate(request(CareScope.LOCAL, Scheme.EMPLOYEE,
                    MemberStatus.IN_SERVICE, 3, VisitType.INPATIENT, 1, new Costs(d("1"), null, d("0")), null,
                    null, null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("costs.classB"));
            assertThatThrownBy(() -> calculate(request(CareScope.LOCAL, Scheme.EMPLOYEE,
                    MemberStatus.IN_SERVICE, 3, VisitType.INPATIENT, 1, new Costs(d("1"), d("0"), d("0")), null,
                    d("-5"), null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("fundPaidThisYear"));
        }
    }

    @Test
    void theTraceRecordsTheEligibleCostAndTheBands() {
        RecordingTrace trace = new RecordingTrace();

        calculateWith(inpatient(MemberStatus.IN_SERVICE, 3, "20000", "10000", "0"),
                CityH.medical(), null, null, trace);

        assertThat(trace.find("eligible cost").orElseThrow().result()).isEqualTo(d("29000.00"));
        assertThat(trace.find("fund payment").orElseThrow().inputs().get("deductible").policyVersion()).isEqualTo(1);
        assertThat(trace.find("serious illness")).isPresent();
    }

    @Test
    void assistanceStatusReachesSeriousIllnessInsurance() {
        ReimbursementRequest request = request(CareScope.LOCAL, Scheme.EMPLOYEE, MemberStatus.IN_SERVICE, 3,
                VisitType.INPATIENT, 1, new Costs(d("800000"), d("0"), d("0")), null, null, null,
                AssistanceStatus.EXTREME_POVERTY);

        ReimbursementResult result = calculate(request);

        // burden 300000, threshold 9592.5, +5 points: 32500 + 37500 + 85000 + 90407.5 × 95 % = 240887.125
        assertThat(result.seriousIllnessPayment()).isEqualByComparingTo("240887.13");
    }
}
