package org.shebao.calcservice.calc.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.CityH;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.National;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Unknown;
import org.shebao.calcservice.calc.medical.ReimbursementRequest.Costs;
import org.shebao.calcservice.calc.medical.ReimbursementRequest.YearToDate;
import org.shebao.calcservice.calc.medical.ReimbursementResult.PaidSegment;
import org.shebao.calcservice.calc.medical.ReimbursementResult.Payer;
import org.shebao.contract.CareScope;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.Band;
import org.shebao.contract.payload.BenefitSchedule;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.HospitalLevelRule;
import org.shebao.contract.payload.InpatientRule;
import org.shebao.contract.payload.InpatientRule.BandsMeasure;
import org.shebao.contract.payload.LargeExpenseRule;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.MemberStatus;
import org.shebao.contract.payload.OutOfAreaRule;
import org.shebao.contract.payload.OutpatientRule;
import org.shebao.contract.payload.Scheme;

/**
 * City H (docs/domain/rules.md §7.6) with the 省内 rule, annual bands (年度累计) and the 职工大额医疗费用补助 added:
 * the scope decides which reduction applies, the year so far places a claim, and costs above the fund's cap go to 大额.
 */
class MedicalAnnualPositionAndScopeTest {

    private static final SourcedPolicy<MedicalBenefitPolicy> H = CityH.medical();

    private static ReimbursementRequest inpatient(CareScope scope, FilingType filing, String classA, int admission,
            YearToDate year) {
        return new ReimbursementRequest(scope, Scheme.EMPLOYEE, MemberStatus.IN_SERVICE, 3, VisitType.INPATIENT,
                admission, new Costs(d(classA), d("0"), d("0")), filing, year, null);
    }

    private static YearToDate year(String eligible, String fundPaid) {
        return new YearToDate(eligible == null ? null : d(eligible), fundPaid == null ? null : d(fundPaid), null, null,
                null);
    }

    /** H with another out-of-area rule. */
    private static SourcedPolicy<MedicalBenefitPolicy> withOutOfArea(OutOfAreaRule rule) {
        return SourcedPolicy.of(CityH.ref(PolicyKind.MEDICAL_BENEFIT),
                new MedicalBenefitPolicy(H.payload().schedules(), rule, null));
    }

    /** H's in-service schedule with other inpatient terms and a 大额 rule. */
    private static SourcedPolicy<MedicalBenefitPolicy> withInpatient(InpatientRule inpatient, LargeExpenseRule large) {
        BenefitSchedule h = H.payload().schedule(Scheme.EMPLOYEE, MemberStatus.IN_SERVICE);
        return SourcedPolicy.of(CityH.ref(PolicyKind.MEDICAL_BENEFIT), new MedicalBenefitPolicy(List.of(
                new BenefitSchedule(Scheme.EMPLOYEE, MemberStatus.IN_SERVICE, inpatient, h.outpatient(),
                        h.classBSelfPayShare(), h.seriousIllness(), large, null, null, null)),
                H.payload().outOfArea(), null));
    }

    private static ReimbursementResult withinProvince(SourcedPolicy<MedicalBenefitPolicy> rule, FilingType filing) {
        return MedicalReimbursementCalculator.calculate(inpatient(CareScope.WITHIN_PROVINCE, filing, "20000", 1, null),
                new ClaimPolicies(H, rule, null, CityH.guide()));
    }

    @Nested
    class Scope {

        /** 省内 转诊 with the province's 5-point reduction: (20000 − 1300) × 80 % = 14960.00. */
        @Test
        void withinTheProvinceTheProvincialReductionApplies() {
            SourcedPolicy<MedicalBenefitPolicy> rule = withOutOfArea(new OutOfAreaRule(CityH.reductions(), null, null,
                    Map.of(FilingType.REFERRAL, d("0.05")), null));

            ReimbursementResult result = withinProvince(rule, FilingType.REFERRAL);

            assertThat(result.scope()).isEqualTo(CareScope.WITHIN_PROVINCE);
            assertThat(result.ratio()).isEqualByComparingTo("0.80");
            assertThat(result.fundPayment()).isEqualByComparingTo("14960.00");
            assertThat(result.status().unknown()).isEmpty();
        }

        @Test
        void whereTheProvincePaysItsCareAsLocalNothingIsReduced() {
            SourcedPolicy<MedicalBenefitPolicy> rule = withOutOfArea(new OutOfAreaRule(CityH.reductions(), null, null,
                    null, true));

            ReimbursementResult result = withinProvince(rule, FilingType.TEMPORARY_OTHER);

            assertThat(result.reductionPoints()).isEqualByComparingTo("0");
            assertThat(result.fundPayment()).isEqualByComparingTo("15895.00");
            assertThat(result.directSettlement()).isTrue();
        }

        /** H publishes 跨省 reductions only: the 省内 answer leaves the payments null instead of borrowing them. */
        @Test
        void anUnknownWithinProvinceRuleLeavesThePaymentsNullAndSaysWhy() {
            ReimbursementResult result = withinProvince(null, FilingType.REFERRAL);

            assertThat(result.ratio()).isNull();
            assertThat(result.fundPayment()).isNull();
            assertThat(result.seriousIllnessPayment()).isNull();
            assertThat(result.patientPayment()).isNull();
            assertThat(result.capReached()).isNull();
            assertThat(result.eligibleCost()).isEqualByComparingTo("20000");
            assertThat(result.status().unknown()).extracting(Unknown::field)
                    .contains("ratio", "reductionPoints", "fundPayment", "seriousIllnessPayment", "patientPayment");
            assertThat(result.status().unknown()).extracting(Unknown::reason)
                    .containsOnly(StatusCode.WITHIN_PROVINCE_RULE_UNKNOWN);
            assertThat(result.status().findings()).extracting(Finding::code)
                    .contains(StatusCode.WITHIN_PROVINCE_RULE_UNKNOWN)
                    .doesNotContain(StatusCode.NATIONAL_REDUCTION_USED);
        }

        /** A filing type the 省内 rule does not name is unknown too, even where other types are published. */
        @Test
        void aFilingTypeTheWithinProvinceRuleDoesNotNameIsUnknown() {
            SourcedPolicy<MedicalBenefitPolicy> rule = withOutOfArea(new OutOfAreaRule(null, null, null,
                    Map.of(FilingType.REFERRAL, d("0.05")), null));

            assertThat(withinProvince(rule, FilingType.TEMPORARY_OTHER).fundPayment()).isNull();
        }

        /** 跨省: a regional reduction above the national maximum (10 points for 转诊) is capped at it. */
        @Test
        void aCrossProvinceReductionIsNeverAboveTheNationalMaximum() {
            SourcedPolicy<MedicalBenefitPolicy> harsh = withOutOfArea(new OutOfAreaRule(
                    Map.of(FilingType.REFERRAL, d("0.15")), null, new OutOfAreaRule.UnfiledCare(true, true, 6)));

            ReimbursementResult result = MedicalReimbursementCalculator.calculate(
                    inpatient(CareScope.CROSS_PROVINCE, FilingType.REFERRAL, "20000", 1, null),
                    new ClaimPolicies(harsh, null, National.outOfAreaMaxima(), null));

            assertThat(result.reductionPoints()).isEqualByComparingTo("0.10");
            assertThat(result.fundPayment()).isEqualByComparingTo("14025.00");
        }
    }

    @Nested
    class AnnualPosition {

        /** 1300/650 起付; 年度累计 bands 85 % to 30000, 90 % to 40000, 95 % above. */
        private final InpatientRule annual = new InpatientRule(List.of(new HospitalLevelRule(3, d("1300"), d("650"),
                List.of(new Band(d("0"), d("0.85")), new Band(d("30000"), d("0.90")),
                        new Band(d("40000"), d("0.95"))))), d("500000"), BandsMeasure.ANNUAL_CUMULATIVE);

        /**
         * Second admission, 25000 eligible earlier this year, 10000 now: the fund pays over [25650, 35000] of the year —
         * 4350 × 85 % = 3697.50 and 5000 × 90 % = 4500.00, 8197.50 in all.
         */
        @Test
        void aClaimIsPlacedAfterTheYearsEarlierCostsAndCrossesTwoBands() {
            ReimbursementResult result = MedicalReimbursementCalculator.calculate(
                    inpatient(CareScope.LOCAL, null, "10000", 2, year("25000", "20000")),
                    new ClaimPolicies(withInpatient(annual, null), null, null, null));

            assertThat(result.deductible()).isEqualByComparingTo("650");
            assertThat(result.ratio()).isEqualByComparingTo("0.85");
            assertThat(result.fundPayment()).isEqualByComparingTo("8197.50");
            assertThat(result.segments()).filteredOn(s -> s.payer() == Payer.FUND)
                    .extracting(PaidSegment::from, PaidSegment::to, PaidSegment::amount)
                    .containsExactly(
                            tuple(d("25650.00"), d("30000.00"), d("3697.50")),
                            tuple(d("30000.00"), d("35000.00"), d("4500.00")));
        }

        @Test
        void withoutTheYearsCostALaterAdmissionIsPlacedAsTheFirstAndSaysSo() {
            ReimbursementResult result = MedicalReimbursementCalculator.calculate(
                    inpatient(CareScope.LOCAL, null, "10000", 2, null),
                    new ClaimPolicies(withInpatient(annual, null), null, null, null));

            assertThat(result.fundPayment()).isEqualByComparingTo("7947.50");
            assertThat(result.status().findings()).extracting(Finding::code)
                    .contains(StatusCode.ANNUAL_POSITION_ASSUMED);
        }

        /** Per-admission bands ignore the year's costs: the same claim is (10000 − 650) × 85 % = 7947.50. */
        @Test
        void perAdmissionBandsStartAgainAtEachStay() {
            InpatientRule perAdmission = new InpatientRule(annual.levels(), annual.annualFundCap(), null);

            assertThat(MedicalReimbursementCalculator.calculate(
                    inpatient(CareScope.LOCAL, null, "10000", 2, year("25000", "20000")),
                    new ClaimPolicies(withInpatient(perAdmission, null), null, null, null)).fundPayment())
                    .isEqualByComparingTo("7947.50");
        }

        /**
         * 490000 of the 500000 cap paid: the fund pays 10000 and stops at 1300 + 10000 / 0.85; 大额 (85 %, from the cap)
         * pays the rest of the bands, 18700 × 85 % − 10000 = 5895.00; the patient bears 4105.00.
         */
        @Test
        void aboveTheFundsCapTheLargeExpenseSubsidyPays() {
            LargeExpenseRule large = new LargeExpenseRule(null, List.of(new Band(d("0"), d("0.85"))), d("300000"),
                    null);
            ReimbursementResult result = MedicalReimbursementCalculator.calculate(
                    inpatient(CareScope.LOCAL, null, "20000", 3, year("600000", "490000")),
                    new ClaimPolicies(withInpatient(new InpatientRule(H.payload().schedules().get(0).inpatient()
                            .levels(), d("500000")), large), null, null, null));

            assertThat(result.fundPayment()).isEqualByComparingTo("10000.00");
            assertThat(result.capReached()).isTrue();
            assertThat(result.largeExpensePayment()).isEqualByComparingTo("5895.00");
            assertThat(result.patientPayment()).isEqualByComparingTo("4105.00");
            assertThat(result.segments()).extracting(PaidSegment::payer).containsExactly(Payer.FUND,
                    Payer.LARGE_EXPENSE);
        }

        /** A 大额 threshold of 100000 of the year's eligible cost: 95000 before, 10000 now → 5000 × 90 % = 4500.00. */
        @Test
        void aLargeExpenseThresholdIsMeasuredOnTheYearsEligibleCost() {
            LargeExpenseRule large = new LargeExpenseRule(d("100000"), List.of(new Band(d("0"), d("0.90"))), null,
                    null);
            ReimbursementResult result = MedicalReimbursementCalculator.calculate(
                    inpatient(CareScope.LOCAL, null, "10000", 2, year("95000", "80000")),
                    new ClaimPolicies(withInpatient(new InpatientRule(H.payload().schedules().get(0).inpatient()
                            .levels(), d("500000")), large), null, null, null));

            assertThat(result.largeExpensePayment()).isEqualByComparingTo("4500.00");
            assertThat(result.fundPayment()).isEqualByComparingTo("7395.00");
        }

        @Test
        void anEmployeeScheduleWithoutLargeExpenseTermsSaysSoWhenTheCapIsReached() {
            ReimbursementResult result = MedicalReimbursementCalculator.calculate(
                    inpatient(CareScope.LOCAL, null, "20000", 3, year(null, "495000")), new ClaimPolicies(H, null,
                            null, null));

            assertThat(result.largeExpensePayment()).isNull();
            assertThat(result.status().findings()).extracting(Finding::code)
                    .contains(StatusCode.NO_LARGE_EXPENSE_TERMS);
        }

        /** Where the cap is not stated as an amount, the fund pays by the bands and says the cap is unknown. */
        @Test
        void anUnknownFundCapIsSaidAndLeavesCapReachedAndLargeExpenseFromTheCapUnknown() {
            LargeExpenseRule large = new LargeExpenseRule(null, List.of(new Band(d("0"), d("0.85"))), null, null);
            ReimbursementResult result = MedicalReimbursementCalculator.calculate(
                    inpatient(CareScope.LOCAL, null, "20000", 1, null),
                    new ClaimPolicies(withInpatient(new InpatientRule(H.payload().schedules().get(0).inpatient()
                            .levels(), null), large), null, null, null));

            assertThat(result.fundPayment()).isEqualByComparingTo("15895.00");
            assertThat(result.capReached()).isNull();
            assertThat(result.largeExpensePayment()).isNull();
            assertThat(result.status().unknown()).extracting(Unknown::field)
                    .containsExactly("capReached", "largeExpensePayment");
        }

        /** The year's eligible cost uses the outpatient deductible up: 1800 − 1000 = 800 left; 北京-style 90 % at 社区. */
        @Test
        void outpatientDeductibleLeftAndLevelRates() {
            BenefitSchedule h = H.payload().schedule(Scheme.EMPLOYEE, MemberStatus.IN_SERVICE);
            SourcedPolicy<MedicalBenefitPolicy> levelled = SourcedPolicy.of(CityH.ref(PolicyKind.MEDICAL_BENEFIT),
                    new MedicalBenefitPolicy(List.of(new BenefitSchedule(Scheme.EMPLOYEE, MemberStatus.IN_SERVICE,
                            h.inpatient(), new OutpatientRule(d("1800"), d("0.5"), d("20000"),
                                    List.of(new OutpatientRule.LevelRate(1, d("0.9")))), d("0.1"), null)),
                            null, null));
            ReimbursementRequest visit = new ReimbursementRequest(CareScope.LOCAL, Scheme.EMPLOYEE,
                    MemberStatus.IN_SERVICE, 1, VisitType.OUTPATIENT, null, new Costs(d("3000"), d("0"), d("0")), null,
                    year("1000", "0"), null);

            ReimbursementResult result = MedicalReimbursementCalculator.calculate(visit,
                    new ClaimPolicies(levelled, null, null, null));

            assertThat(result.deductible()).isEqualByComparingTo("800");
            assertThat(result.fundPayment()).isEqualByComparingTo("1980.00");
        }
    }

    @Nested
    class BadInput {

        private void rejects(ReimbursementRequest request, String field) {
            assertThatThrownBy(() -> MedicalReimbursementCalculator.calculate(request,
                    new ClaimPolicies(H, null, null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
        }

        @Test
        void costsThatDoNotAddUpAreNamed() {
            rejects(new ReimbursementRequest(CareScope.LOCAL, Scheme.EMPLOYEE, MemberStatus.IN_SERVICE, 3,
                    VisitType.INPATIENT, 1, new Costs(d("100"), d("0"), d("0"), d("90")), null, null, null),
                    "costs.total");
            rejects(inpatient(CareScope.LOCAL, null, "100", 1, year("1000", "2000")), "fundPaidThisYear");
            rejects(inpatient(CareScope.LOCAL, null, "100", 1, new YearToDate(d("1000"), d("600"), null, d("500"),
                    null)), "personalBurdenThisYear");
            rejects(inpatient(CareScope.LOCAL, null, "100", 1, new YearToDate(null, null, null, d("500"), d("600"))),
                    "seriousIllnessPaidThisYear");
        }

        @Test
        void negativeYearToDateAmountsAreNamed() {
            rejects(inpatient(CareScope.LOCAL, null, "100", 1, year("-1", null)), "eligibleCostThisYear");
            rejects(inpatient(CareScope.LOCAL, null, "100", 1, new YearToDate(null, null, new BigDecimal("-1"), null,
                    null)), "largeExpensePaidThisYear");
        }
    }
}
