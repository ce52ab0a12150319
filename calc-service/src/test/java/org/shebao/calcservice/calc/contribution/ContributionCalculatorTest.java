package org.shebao.calcservice.calc.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.CityH;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.RecordingTrace;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.TraceStep;
import org.shebao.calcservice.calc.Unknown;
import org.shebao.calcservice.calc.contribution.ContributionResult.Line;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.ContributionLine;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.HousingFundRule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.RateRange;
import org.shebao.contract.payload.Rounding;

/**
 * {@link ContributionCalculator} on the hypothetical city H of docs/domain/rules.md (bases 5000–30000; 养老 16/8, 医疗 8/2 +
 * 3 元, 失业 0.5/0.5, 工伤 0.2–1.9 %). The regional golden cases C1–C13 read their figures from the policy data files
 * and live in their own test.
 */
class ContributionCalculatorTest {

    private static final YearMonth MONTH = YearMonth.of(2025, 7);

    private static ContributionRequest employee(String wage) {
        return ContributionRequest.of(ParticipantType.EMPLOYEE, MONTH, d(wage));
    }

    private static Line line(ContributionResult result, InsuranceType insurance) {
        return result.lines().stream().filter(l -> l.insurance() == insurance).findFirst().orElseThrow();
    }

    @Test
    void aWageWithinTheBoundsIsTheBaseAndEachSideIsBaseTimesRatePlusFixed() {
        ContributionResult result = ContributionCalculator.calculate(employee("10000"),
                CityH.contribution(CityH.fenHalfUp()));

        Line pension = line(result, InsuranceType.PENSION);
        assertThat(pension.base()).isEqualByComparingTo("10000");
        assertThat(pension.baseAdjustment()).isEqualTo(BaseAdjustment.NONE);
        assertThat(pension.employerAmount()).isEqualByComparingTo("1600.00");
        assertThat(pension.employeeAmount()).isEqualByComparingTo("800.00");
        // 医疗: 10000 × 2 % + 3 元 fixed (the shape of 北京's 大额互助 in C1)
        assertThat(line(result, InsuranceType.MEDICAL).employeeAmount()).isEqualByComparingTo("203.00");
        assertThat(line(result, InsuranceType.MEDICAL).employerAmount()).isEqualByComparingTo("800.00");
        // 工伤: the range's default 0.4 %, employer only
        assertThat(line(result, InsuranceType.WORK_INJURY).employerRate()).isEqualByComparingTo("0.004");
        assertThat(line(result, InsuranceType.WORK_INJURY).employerAmount()).isEqualByComparingTo("40.00");
        assertThat(line(result, InsuranceType.WORK_INJURY).employeeAmount()).isEqualByComparingTo("0.00");
        // 单位 1600 + 800 + 50 + 40; 个人 800 + 203 + 50
        assertThat(result.totals().employer()).isEqualByComparingTo("2490.00");
        assertThat(result.totals().employee()).isEqualByComparingTo("1053.00");
        assertThat(result.totals().total()).isEqualByComparingTo("3543.00");
        assertThat(result.status().findings()).extracting(Finding::en).isEmpty();
        assertThat(result.housingFund()).isNull();
    }

    @Test
    void aWageBelowTheFloorIsRaisedToItAndOneAboveTheCeilingIsCut() {
        ContributionResult low = ContributionCalculator.calculate(employee("3000"),
                CityH.contribution(CityH.fenHalfUp()));
        ContributionResult high = ContributionCalculator.calculate(employee("50000"),
                CityH.contribution(CityH.fenHalfUp()));

        assertThat(line(low, InsuranceType.PENSION).base()).isEqualByComparingTo("5000");
        assertThat(line(low, InsuranceType.PENSION).baseAdjustment()).isEqualTo(BaseAdjustment.FLOOR);
        assertThat(line(low, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("400.00");
        assertThat(line(high, InsuranceType.PENSION).base()).isEqualByComparingTo("30000");
        assertThat(line(high, InsuranceType.PENSION).baseAdjustment()).isEqualTo(BaseAdjustment.CEILING);
        assertThat(line(high, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("2400.00");
        assertThat(line(high, InsuranceType.PENSION).employerAmount()).isEqualByComparingTo("4800.00");
    }

    @Test
    void aWageExactlyOnTheBoundsIsNotAdjusted() {
        ContributionResult result = ContributionCalculator.calculate(employee("5000"),
                CityH.contribution(CityH.fenHalfUp()));

        assertThat(line(result, InsuranceType.PENSION).baseAdjustment()).isEqualTo(BaseAdjustment.NONE);
    }

    @Nested
    class Rounding_ {

        /**
         * The arithmetic of C2 (6821 × 0.5 % = 34.105) on a declared wage of 6821 in city H: half up gives 34.11,
         * whereas banker's rounding would give 34.10.
         */
        @Test
        void c2HalfUpRoundsTheHalfFenUp() {
            ContributionResult result = ContributionCalculator.calculate(employee("6821"),
                    CityH.contribution(CityH.fenHalfUp()));

            assertThat(line(result, InsuranceType.UNEMPLOYMENT).employeeAmount()).isEqualByComparingTo("34.11");
            assertThat(line(result, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("545.68");
        }

        @Test
        void c2TheModeComesFromThePolicyNotFromTheCode() {
            Rounding halfEven = new Rounding(2, RoundingMode.HALF_EVEN, Rounding.Scope.LINE);

            ContributionResult result = ContributionCalculator.calculate(employee("6821"),
                    CityH.contribution(halfEven));

            assertThat(line(result, InsuranceType.UNEMPLOYMENT).employeeAmount()).isEqualByComparingTo("34.10");
        }

        /**
         * The arithmetic of C6 on a base of 7384 in city H: to the 分 the employee pays 590.72 + 147.68 + 36.92 =
         * 775.32; with 见分进角 (scale 1, UP, per line) 590.80 + 147.70 + 37.00 = 775.50 (plus H's 3 元 fixed).
         */
        @Test
        void c6JianFenJinJiaoRoundsEveryLineUpToTheJiao() {
            ContributionResult fen = ContributionCalculator.calculate(employee("7384"),
                    CityH.contribution(CityH.fenHalfUp()));
            ContributionResult jiao = ContributionCalculator.calculate(employee("7384"),
                    CityH.contribution(CityH.jiaoUp()));

            assertThat(line(fen, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("590.72");
            assertThat(line(fen, InsuranceType.MEDICAL).employeeAmount()).isEqualByComparingTo("150.68");
            assertThat(line(fen, InsuranceType.UNEMPLOYMENT).employeeAmount()).isEqualByComparingTo("36.92");
            assertThat(fen.totals().employee()).isEqualByComparingTo("778.32");

            assertThat(line(jiao, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("590.80");
            assertThat(line(jiao, InsuranceType.MEDICAL).employeeAmount()).isEqualByComparingTo("150.70");
            assertThat(line(jiao, InsuranceType.UNEMPLOYMENT).employeeAmount()).isEqualByComparingTo("37.00");
            assertThat(jiao.totals().employee()).isEqualByComparingTo("778.50");
        }

        @Test
        void roundingTheTotalLeavesLinesExactAndRoundsOnlyTheSums() {
            Rounding total = new Rounding(2, RoundingMode.HALF_UP, Rounding.Scope.TOTAL);

            ContributionResult result = ContributionCalculator.calculate(employee("6821"),
                    CityH.contribution(total));

            assertThat(line(result, InsuranceType.UNEMPLOYMENT).employeeAmount()).isEqualByComparingTo("34.105");
            // 545.68 + 139.42 (136.42 + 3) + 34.105 = 719.205 → 719.21
            assertThat(result.totals().employee()).isEqualByComparingTo("719.21");
        }
    }

    @Nested
    class RatesNotPublished {

        @Test
        void aNullRateLeavesTheAmountAndItsSidesTotalUnknownWithAWarning() {
            ContributionSchedule schedule = new ContributionSchedule(new BaseRange(d("5000"), d("30000")), List.of(
                    CityH.line(InsuranceType.PENSION, "养老保险", d("0.16"), d("0.08"), null),
                    CityH.line(InsuranceType.MEDICAL, "医疗保险", null, d("0.02"), null)), null, null);

            ContributionResult result = ContributionCalculator.calculate(employee("10000"),
                    CityH.contribution(Map.of(ParticipantType.EMPLOYEE, schedule), CityH.fenHalfUp()));

            assertThat(line(result, InsuranceType.MEDICAL).employerAmount()).isNull();
            assertThat(line(result, InsuranceType.MEDICAL).employeeAmount()).isEqualByComparingTo("200.00");
            assertThat(result.totals().employer()).isNull();
            assertThat(result.totals().employee()).isEqualByComparingTo("1000.00");
            assertThat(result.totals().total()).isNull();
            Finding rate = result.status().findings().stream()
                    .filter(f -> f.code() == StatusCode.RATE_NOT_PUBLISHED).findFirst().orElseThrow();
            assertThat(rate.field()).isEqualTo("lines[1].employerRate");
            assertThat(rate.en()).contains("医疗保险", "employer rate not published", "H/CONTRIBUTION v1");
            assertThat(rate.zh()).contains("医疗保险", "未公布单位费率", "H/CONTRIBUTION v1");
            assertThat(result.status().unknown()).contains(
                    new Unknown("lines[1].employerAmount", StatusCode.RATE_NOT_PUBLISHED),
                    new Unknown("totals.employer", StatusCode.RATE_NOT_PUBLISHED),
                    new Unknown("totals.total", StatusCode.RATE_NOT_PUBLISHED));
        }

        @Test
        void aZeroRateIsZeroWithoutWarning() {
            ContributionSchedule schedule = new ContributionSchedule(new BaseRange(d("5000"), d("30000")), List.of(
                    CityH.line(InsuranceType.UNEMPLOYMENT, "失业保险", d("0.005"), BigDecimal.ZERO, null)), null, null);

            ContributionResult result = ContributionCalculator.calculate(employee("10000"),
                    CityH.contribution(Map.of(ParticipantType.EMPLOYEE, schedule), CityH.fenHalfUp()));

            assertThat(line(result, InsuranceType.UNEMPLOYMENT).employeeAmount()).isEqualByComparingTo("0");
            assertThat(result.status().findings()).extracting(Finding::en).isEmpty();
        }

        @Test
        void aFixedOnlyLineHasNoBaseAndAddsItsFixedAmounts() {
            ContributionLine mutualAid = new ContributionLine(InsuranceType.SUPPLEMENTARY_MEDICAL, "大额医疗互助", null,
                    null, null, null, null, d("3"), null);
            ContributionSchedule schedule = new ContributionSchedule(new BaseRange(d("5000"), d("30000")),
                    List.of(mutualAid), null, null);

            ContributionResult result = ContributionCalculator.calculate(employee("10000"),
                    CityH.contribution(Map.of(ParticipantType.EMPLOYEE, schedule), CityH.fenHalfUp()));

            Line line = line(result, InsuranceType.SUPPLEMENTARY_MEDICAL);
            assertThat(line.base()).isNull();
            assertThat(line.employeeAmount()).isEqualByComparingTo("3.00");
            // neither rate nor fixed amount on the employer side: not published
            assertThat(line.employerAmount()).isNull();
            assertThat(result.status().findings()).extracting(Finding::en).singleElement().asString()
                    .contains("大额医疗互助: employer rate not published");
        }

        @Test
        void aLinesOwnBoundsOverrideTheSchedules() {
            ContributionLine medical = new ContributionLine(InsuranceType.MEDICAL, "医疗保险",
                    new BaseRange(d("6000"), d("20000")), d("0.08"), d("0.02"), null, null, null, null);
            ContributionSchedule schedule = new ContributionSchedule(new BaseRange(d("5000"), d("30000")), List.of(
                    CityH.line(InsuranceType.PENSION, "养老保险", d("0.16"), d("0.08"), null), medical), null, null);

            ContributionResult result = ContributionCalculator.calculate(employee("5500"),
                    CityH.contribution(Map.of(ParticipantType.EMPLOYEE, schedule), CityH.fenHalfUp()));

            assertThat(line(result, InsuranceType.PENSION).base()).isEqualByComparingTo("5500");
            assertThat(line(result, InsuranceType.MEDICAL).base()).isEqualByComparingTo("6000");
            assertThat(line(result, InsuranceType.MEDICAL).baseAdjustment()).isEqualTo(BaseAdjustment.FLOOR);
        }
    }

    @Nested
    class Flexible {

        /** The shape of C7/C8 in city H: 养老 20 %, 医疗 10 % on the chosen base, clamped like a wage. */
        @Test
        void aFlexibleWorkerPaysEverythingOnTheChosenBase() {
            ContributionResult result = ContributionCalculator.calculate(
                    ContributionRequest.of(ParticipantType.FLEXIBLE, MONTH, d("40000")),
                    CityH.contribution(CityH.fenHalfUp()));

            assertThat(line(result, InsuranceType.PENSION).base()).isEqualByComparingTo("30000");
            assertThat(line(result, InsuranceType.PENSION).baseAdjustment()).isEqualTo(BaseAdjustment.CEILING);
            assertThat(line(result, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("6000.00");
            assertThat(line(result, InsuranceType.MEDICAL).employeeAmount()).isEqualByComparingTo("3000.00");
            assertThat(line(result, InsuranceType.PENSION).employerAmount()).isEqualByComparingTo("0");
            assertThat(result.totals().employer()).isEqualByComparingTo("0");
            assertThat(result.totals().total()).isEqualByComparingTo("9000.00");
            // 8 % of the base to the pension account; no medical crediting published, so that credit is unknown
            assertThat(result.status().findings()).extracting(Finding::code)
                    .containsExactly(StatusCode.ACCOUNT_RATE_NOT_PUBLISHED);
            assertThat(result.status().unknown())
                    .containsExactly(new Unknown("personalAccounts.medical", StatusCode.ACCOUNT_RATE_NOT_PUBLISHED));
            assertThat(result.personalAccounts().pension()).isEqualByComparingTo("2400.00");
            assertThat(result.personalAccounts().medical()).isNull();
        }

        @Test
        void aPolicyWithoutAFlexibleScheduleIsAPolicyGap() {
            SourcedPolicy<ContributionPolicy> employeesOnly = CityH.contribution(
                    Map.of(ParticipantType.EMPLOYEE, CityH.employeeSchedule()), CityH.fenHalfUp());

            assertThatThrownBy(() -> ContributionCalculator.calculate(
                    ContributionRequest.of(ParticipantType.FLEXIBLE, MONTH, d("8000")), employeesOnly))
                    .isInstanceOf(PolicyGapException.class)
                    .hasMessageContaining("H/CONTRIBUTION v1 has no FLEXIBLE schedule");
        }
    }

    @Nested
    class PersonalAccounts {

        /** A1 (city H): 在职, medical base 10000, crediting rule = the GB14 2 % guideline → 200.00 a month. */
        @Test
        void a1MedicalAccountIsTwoPercentOfTheMedicalBase() {
            ContributionResult result = ContributionCalculator.calculate(employee("10000"),
                    CityH.contribution(CityH.fenHalfUp()));

            assertThat(result.personalAccounts().medical()).isEqualByComparingTo("200.00");
            assertThat(result.personalAccounts().pension()).isEqualByComparingTo("800.00");
        }

        @Test
        void withoutACreditingRuleBothAccountsAreNull() {
            ContributionSchedule schedule = new ContributionSchedule(new BaseRange(d("5000"), d("30000")),
                    CityH.employeeSchedule().lines(), null, null);

            ContributionResult result = ContributionCalculator.calculate(employee("10000"),
                    CityH.contribution(Map.of(ParticipantType.EMPLOYEE, schedule), CityH.fenHalfUp()));

            assertThat(result.personalAccounts().pension()).isNull();
            assertThat(result.personalAccounts().medical()).isNull();
        }
    }

    @Nested
    class WorkInjuryRate {

        @Test
        void aRateWithinTheRangeReplacesTheDefault() {
            ContributionRequest request = new ContributionRequest(ParticipantType.EMPLOYEE, MONTH, d("10000"),
                    d("0.019"), null, null, null);

            ContributionResult result = ContributionCalculator.calculate(request,
                    CityH.contribution(CityH.fenHalfUp()));

            assertThat(line(result, InsuranceType.WORK_INJURY).employerRate()).isEqualByComparingTo("0.019");
            assertThat(line(result, InsuranceType.WORK_INJURY).employerAmount()).isEqualByComparingTo("190.00");
        }

        @Test
        void aRateOutsideTheRangeIsRejectedOnTheField() {
            ContributionRequest request = new ContributionRequest(ParticipantType.EMPLOYEE, MONTH, d("10000"),
                    d("0.02"), null, null, null);

            assertThatThrownBy(() -> ContributionCalculator.calculate(request, CityH.contribution(CityH.fenHalfUp())))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("workInjuryRate"))
                    .hasMessageContaining("[0.002, 0.019]");
        }

        @Test
        void aRateAboveOneIsRejectedEvenWithoutAWorkInjuryLine() {
            ContributionRequest request = new ContributionRequest(ParticipantType.FLEXIBLE, MONTH, d("10000"),
                    d("1.5"), null, null, null);

            assertThatThrownBy(() -> ContributionCalculator.calculate(request, CityH.contribution(CityH.fenHalfUp())))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("workInjuryRate"));
        }

        @Test
        void aRangeWithoutDefaultNeedsTheCallersRate() {
            ContributionLine injury = new ContributionLine(InsuranceType.WORK_INJURY, "工伤保险", null, null,
                    BigDecimal.ZERO, new RateRange(d("0.002"), d("0.019"), null), null, null, null);
            SourcedPolicy<ContributionPolicy> policy = CityH.contribution(Map.of(ParticipantType.EMPLOYEE,
                    new ContributionSchedule(new BaseRange(d("5000"), d("30000")), List.of(injury), null, null)),
                    CityH.fenHalfUp());

            ContributionResult without = ContributionCalculator.calculate(employee("10000"), policy);
            ContributionResult with = ContributionCalculator.calculate(new ContributionRequest(
                    ParticipantType.EMPLOYEE, MONTH, d("10000"), d("0.005"), null, null, null), policy);

            assertThat(line(without, InsuranceType.WORK_INJURY).employerAmount()).isNull();
            assertThat(without.status().findings()).extracting(Finding::en).singleElement().asString()
                    .contains("no default employer rate", "workInjuryRate within [0.002, 0.019]");
            assertThat(line(with, InsuranceType.WORK_INJURY).employerAmount()).isEqualByComparingTo("50.00");
            assertThat(with.status().findings()).extracting(Finding::en).isEmpty();
        }

        @Test
        void aRateForAScheduleWithoutWorkInjuryIsIgnoredWithAWarning() {
            ContributionRequest request = new ContributionRequest(ParticipantType.FLEXIBLE, MONTH, d("10000"),
                    d("0.01"), null, null, null);

            ContributionResult result = ContributionCalculator.calculate(request,
                    CityH.contribution(CityH.fenHalfUp()));

            assertThat(result.status().findings()).filteredOn(f -> f.code() == StatusCode.INPUT_IGNORED)
                    .extracting(Finding::en).singleElement().asString().startsWith("workInjuryRate ignored");
        }
    }

    @Nested
    class HousingFund {

        private static final SourcedPolicy<HousingFundRule> FUND = SourcedPolicy.of(
                new PolicyRef("990000", PolicyKind.HOUSING_FUND, 1),
                new HousingFundRule(new BaseRange(d("2500"), d("30000")), new RateRange(d("0.05"), d("0.12"), null),
                        new RateRange(d("0.05"), d("0.12"), null), new Rounding(0, RoundingMode.HALF_UP,
                                Rounding.Scope.LINE)));

        private static ContributionResult withFund(ContributionRequest request) {
            return ContributionCalculator.calculate(request, CityH.contribution(CityH.fenHalfUp()), FUND, Trace.NONE);
        }

        @Test
        void theFundHasItsOwnBaseRatesAndRoundingAndStaysOutOfTheTotals() {
            ContributionRequest request = new ContributionRequest(ParticipantType.EMPLOYEE, MONTH, d("8765"), null,
                    true, d("0.12"), d("0.07"));

            ContributionResult result = withFund(request);

            assertThat(result.housingFund().base()).isEqualByComparingTo("8765");
            // 8765 × 12 % = 1051.8 → 1052 (to the 元); 8765 × 7 % = 613.55 → 614
            assertThat(result.housingFund().employerAmount()).isEqualByComparingTo("1052");
            assertThat(result.housingFund().employeeAmount()).isEqualByComparingTo("614");
            assertThat(result.housingFund().employeeRate()).isEqualByComparingTo("0.07");
            assertThat(result.totals().employee()).isEqualByComparingTo(ContributionCalculator.calculate(
                    employee("8765"), CityH.contribution(CityH.fenHalfUp())).totals().employee());
        }

        @Test
        void aChosenRateOutsideTheRangeIsRejectedOnItsField() {
            ContributionRequest request = new ContributionRequest(ParticipantType.EMPLOYEE, MONTH, d("8765"), null,
                    true, d("0.05"), d("0.04"));

            assertThatThrownBy(() -> withFund(request))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("housingFundEmployeeRate"));
        }

        @Test
        void withoutAPublishedDefaultTheCallersRateIsRequired() {
            ContributionRequest request = new ContributionRequest(ParticipantType.EMPLOYEE, MONTH, d("8765"), null,
                    true, d("0.12"), null);

            assertThatThrownBy(() -> withFund(request))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("housingFundEmployeeRate"));
        }

        @Test
        void askingForAFundWithoutAHousingFundPolicyGivesAWarning() {
            ContributionRequest request = new ContributionRequest(ParticipantType.EMPLOYEE, MONTH, d("8765"), null,
                    true, null, null);

            ContributionResult result = ContributionCalculator.calculate(request,
                    CityH.contribution(CityH.fenHalfUp()));

            assertThat(result.housingFund()).isNull();
            assertThat(result.status().findings()).extracting(Finding::en)
                    .singleElement().asString().startsWith("housing fund not computed");
        }
    }

    @Nested
    class InvalidInput {

        @Test
        void theWageMustBePositive() {
            assertThatThrownBy(() -> ContributionCalculator.calculate(employee("0"),
                    CityH.contribution(CityH.fenHalfUp())))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("wage"));
        }

        @Test
        void theWageAndTheParticipantTypeAreRequired() {
            assertThatThrownBy(() -> ContributionCalculator.calculate(
                    ContributionRequest.of(ParticipantType.EMPLOYEE, MONTH, null), CityH.contribution(CityH.fenHalfUp())))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("wage"));
            assertThatThrownBy(() -> ContributionCalculator.calculate(
                    ContributionRequest.of(null, MONTH, d("1")), CityH.contribution(CityH.fenHalfUp())))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("participantType"));
        }

        @Test
        void aLineWithRatesButNoBoundsIsAPolicyGap() {
            ContributionSchedule schedule = new ContributionSchedule(null, List.of(
                    CityH.line(InsuranceType.PENSION, "养老保险", d("0.16"), d("0.08"), null)), null, null);

            assertThatThrownBy(() -> ContributionCalculator.calculate(employee("10000"),
                    CityH.contribution(Map.of(ParticipantType.EMPLOYEE, schedule), CityH.fenHalfUp())))
                    .isInstanceOf(PolicyGapException.class)
                    .hasMessageContaining("养老保险 has rates but no base bounds");
        }
    }

    @Nested
    class Tracing {

        @Test
        void everyInputNamesItsSourceAndPolicyVersion() {
            RecordingTrace trace = new RecordingTrace();

            ContributionCalculator.calculate(employee("3000"), CityH.contribution(CityH.fenHalfUp()), trace);

            TraceStep base = trace.find("base").orElseThrow();
            assertThat(base.result()).isEqualTo(d("5000"));
            assertThat(base.inputs().get("wage").source()).isEqualTo("request");
            assertThat(base.inputs().get("wage").policyVersion()).isNull();
            assertThat(base.inputs().get("floor").source()).isEqualTo("H/CONTRIBUTION");
            assertThat(base.inputs().get("floor").policyVersion()).isEqualTo(1);
            assertThat(base.inputs().get("floor").value()).isEqualTo(d("5000"));
            assertThat(trace.steps()).extracting(TraceStep::step).contains("employer amount", "employee amount",
                    "totals", "pension account", "medical account");
        }

        @Test
        void theNoOpTraceNeverBuildsInputs() {
            Trace failing = new Trace() {
                @Override
                public boolean enabled() {
                    return false;
                }

                @Override
                public void record(TraceStep step) {
                    throw new AssertionError("recorded while disabled");
                }
            };

            ContributionResult result = ContributionCalculator.calculate(employee("10000"),
                    CityH.contribution(CityH.fenHalfUp()), failing);

            assertThat(result.totals().total()).isEqualByComparingTo("3543.00");
        }
    }
}
