package org.shebao.calcservice.calc.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
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
import org.shebao.calcservice.calc.Unknown;
import org.shebao.calcservice.calc.pension.PensionRequest.Overrides;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.AnnuityAgeRule;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.PensionComponent;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.TransitionalFormula;
import org.shebao.contract.payload.YearsRounding;

/**
 * {@link PensionCalculator} with the national 计发月数 table and either caller overrides or the pension policy of the
 * hypothetical city H (计发基数 10000 unless said otherwise). P1, P3 and P4 rest on regional 计发基数 and are tested
 * against the policy data files.
 */
class PensionCalculatorTest {

    private static final SourcedPolicy<PensionPolicy> TABLE = National.annuityTable(AnnuityAgeRule.COMPLETED_YEARS);
    /** Born 1964-06: retires at exactly 60 in 2024-06, before the gradual delay. */
    private static final YearMonth MALE_1964_06 = YearMonth.of(1964, 6);

    private static PensionRequest request(RetirementCategory category, YearMonth birth, YearMonth retirement,
            String years, String deemed, String index, String balance, Overrides overrides) {
        return new PensionRequest(category, birth, retirement, d(years), deemed == null ? null : d(deemed), null, null,
                d(index), d(balance), null, null, overrides, List.of());
    }

    private static Overrides base(String calculationBase) {
        return new Overrides(d(calculationBase), null, null, null, null);
    }

    private static SourcedPolicy<PensionPolicy> cityH(BigDecimal coefficient, TransitionalFormula formula,
            YearsRounding years, Rounding amounts, List<PensionComponent> components) {
        return SourcedPolicy.of(CityH.ref(PolicyKind.PENSION), new PensionPolicy(d("10000"), 2024, null,
                coefficient, formula, null, null, YearMonth.of(1996, 1), years, amounts, components, null, null, null,
                null, null, null, null));
    }

    private static SourcedPolicy<PensionPolicy> cityH() {
        return cityH(d("0.012"), TransitionalFormula.BASE_TIMES_INDEX, null, null, null);
    }

    /**
     * P2 (hypothetical, city H parameters given as overrides): P1's stated inputs (计发基数 9493, index 1.0, 35 years,
     * account 200000, age 60) of which 5 years deemed, 过渡系数 1.2 %: 基础 9493 × 2 / 2 × 35 % = 3322.55; 个账
     * 200000 / 139 = 1438.85; 过渡 9493 × 1.0 × 5 × 1.2 % = 569.58; total 5330.98.
     */
    @Test
    void p2CityHBasicPlusAccountPlusTransitional() {
        PensionRequest request = request(RetirementCategory.MALE, MALE_1964_06, null, "35", "5", "1.0", "200000",
                new Overrides(d("9493"), null, d("0.012"), null, null));

        PensionResult result = PensionCalculator.calculate(request, null, TABLE);

        assertThat(result.basic()).isEqualByComparingTo("3322.55");
        assertThat(result.personalAccount()).isEqualByComparingTo("1438.85");
        assertThat(result.transitional()).isEqualByComparingTo("569.58");
        assertThat(result.total()).isEqualByComparingTo("5330.98");
        assertThat(result.annuityMonths()).isEqualByComparingTo("139");
        assertThat(result.calculationBase()).isEqualByComparingTo("9493");
        assertThat(result.retirementMonth()).isEqualTo(YearMonth.of(2024, 6));
        // base and coefficient from the caller, 计发月数 from the national table
        assertThat(result.parametersSource()).isEqualTo(ParametersSource.MIXED);
        assertThat(result.status().findings()).extracting(Finding::en)
                .singleElement().asString().contains("no transitional formula published");
    }

    /** P5: 原55女 retiring at 55 with an account of 170000 → 170000 / 170 = 1000.00. */
    @Test
    void p5AccountPensionAt55() {
        PensionRequest request = request(RetirementCategory.FEMALE_55, YearMonth.of(1969, 6), null, "20", null, "1",
                "170000", base("10000"));

        PensionResult result = PensionCalculator.calculate(request, null, TABLE);

        assertThat(result.annuityMonths()).isEqualByComparingTo("170");
        assertThat(result.personalAccount()).isEqualByComparingTo("1000.00");
        assertThat(result.transitional()).isEqualByComparingTo("0");
    }

    /** P6: statutory retirement in 2032 (原50女 born 1980-01 → 2032-08) with 15 years: 16.5 needed, 18 months short. */
    @Test
    void p6YearsBelowTheMinimumOfTheRetirementYearAreWarnedWithTheGap() {
        PensionRequest request = request(RetirementCategory.FEMALE_50, YearMonth.of(1980, 1), null, "15", null, "1",
                "50000", base("10000"));

        PensionResult result = PensionCalculator.calculate(request, null, TABLE);

        assertThat(result.retirementMonth()).isEqualTo(YearMonth.of(2032, 8));
        assertThat(result.eligibility().eligible()).isFalse();
        assertThat(result.eligibility().monthsMissing()).isEqualTo(18);
        assertThat(result.status().findings()).filteredOn(f -> f.code() == StatusCode.BELOW_MINIMUM_YEARS)
                .extracting(Finding::en).singleElement().asString()
                .contains("minimum of 16.5", "2032", "18 months short");
    }

    /** The account part of P4's shape: 300000 at 62 → / 125 = 2400.00; at 63 → / 117 = 2564.10. */
    @Test
    void p4AnnuityMonthsFollowTheRetirementAge() {
        YearMonth born = YearMonth.of(1976, 9); // statutory 63 in 2039-09
        PensionResult at63 = PensionCalculator.calculate(
                request(RetirementCategory.MALE, born, null, "30", null, "1.2", "300000", base("10000")), null, TABLE);
        PensionResult at62 = PensionCalculator.calculate(request(RetirementCategory.MALE, born, YearMonth.of(2038, 9),
                "30", null, "1.2", "300000", base("10000")), null, TABLE);

        assertThat(at63.annuityMonths()).isEqualByComparingTo("117");
        assertThat(at63.personalAccount()).isEqualByComparingTo("2564.10");
        assertThat(at62.annuityMonths()).isEqualByComparingTo("125");
        assertThat(at62.personalAccount()).isEqualByComparingTo("2400.00");
        // 10000 × 2.2 / 2 × 30 % in both; 62 is within the flexible window
        assertThat(at62.basic()).isEqualByComparingTo("3300.00");
        assertThat(at62.status().findings()).extracting(Finding::en).isEmpty();
    }

    @Nested
    class AgesWithMonths {

        private final YearMonth bornT1 = YearMonth.of(1965, 5); // T1: 60岁2个月

        @Test
        void completedYearsTakesTheRowOfTheWholeAge() {
            PensionResult result = PensionCalculator.calculate(request(RetirementCategory.MALE, bornT1, null, "30",
                    null, "1", "139000", base("10000")), null, TABLE);

            assertThat(result.retirementMonth()).isEqualTo(YearMonth.of(2025, 7));
            assertThat(result.annuityMonths()).isEqualByComparingTo("139");
        }

        @Test
        void interpolationMovesTowardTheNextRowByMonths() {
            SourcedPolicy<PensionPolicy> interpolated = National.annuityTable(AnnuityAgeRule.INTERPOLATE_MONTHS_TENTHS);

            PensionResult at60y2m = PensionCalculator.calculate(request(RetirementCategory.MALE, bornT1, null, "30",
                    null, "1", "139000", base("10000")), null, interpolated);
            PensionResult at60y6m = PensionCalculator.calculate(request(RetirementCategory.MALE, bornT1,
                    YearMonth.of(2025, 11), "30", null, "1", "139000", base("10000")), null, interpolated);

            // 139 − 7 × 2/12 = 137.83 → 137.8; 139 − 7 × 6/12 = 135.5
            assertThat(at60y2m.annuityMonths()).isEqualByComparingTo("137.8");
            assertThat(at60y6m.annuityMonths()).isEqualByComparingTo("135.5");
        }

        @Test
        void anAgeBeyondTheTableIsAPolicyGap() {
            PensionRequest request = request(RetirementCategory.MALE, MALE_1964_06, YearMonth.of(2035, 6), "30", null,
                    "1", "100000", base("10000"));

            assertThatThrownBy(() -> PensionCalculator.calculate(request, null, TABLE))
                    .isInstanceOf(PolicyGapException.class)
                    .hasMessageContaining("100000/PENSION v2 has no 计发月数 for age 71");
        }
    }

    @Nested
    class ProvincialVariants {

        @Test
        void fromThePolicyAloneTheSourceIsPolicy() {
            PensionResult result = PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null,
                    "35", "5", "1.0", "200000", null), cityH(), TABLE);

            // 10000 × 35 % = 3500; 200000 / 139; 10000 × 5 × 1.2 % = 600
            assertThat(result.basic()).isEqualByComparingTo("3500.00");
            assertThat(result.transitional()).isEqualByComparingTo("600.00");
            assertThat(result.total()).isEqualByComparingTo("5538.85");
            assertThat(result.parametersSource()).isEqualTo(ParametersSource.POLICY);
            // city H states neither which years nor which index: 视同 and the average index, each with a caveat
            assertThat(result.status().findings()).extracting(Finding::code).containsExactly(
                    StatusCode.TRANSITIONAL_YEARS_ASSUMED, StatusCode.TRANSITIONAL_INDEX_ASSUMED);
        }

        @Test
        void aSeparateTransitionalIndexOnlyChangesTheTransitionalPart() {
            PensionRequest request = new PensionRequest(RetirementCategory.MALE, MALE_1964_06, null, d("35"), d("5"),
                    null, null, d("1.0"), d("200000"), d("0.8"), null, null, List.of());

            PensionResult result = PensionCalculator.calculate(request, cityH(), TABLE);

            assertThat(result.basic()).isEqualByComparingTo("3500.00");
            assertThat(result.transitional()).isEqualByComparingTo("480.00");
        }

        @Test
        void theMeanOfBaseAndIndexedWageFormulaIsChosenByData() {
            SourcedPolicy<PensionPolicy> mean = cityH(d("0.013"), TransitionalFormula.MEAN_OF_BASE_AND_INDEXED_WAGE,
                    null, null, null);
            PensionRequest request = new PensionRequest(RetirementCategory.MALE, MALE_1964_06, null, d("35"), d("5"),
                    null, null, d("1.0"), d("200000"), d("0.8"), null, null, List.of());

            PensionResult result = PensionCalculator.calculate(request, mean, TABLE);

            // (10000 + 10000 × 0.8) / 2 × 5 × 1.3 % = 585.00
            assertThat(result.transitional()).isEqualByComparingTo("585.00");
        }

        @Test
        void aGivenIndexedWageReplacesBaseTimesIndexInBothFormulas() {
            SourcedPolicy<PensionPolicy> mean = cityH(d("0.013"), TransitionalFormula.MEAN_OF_BASE_AND_INDEXED_WAGE,
                    null, null, null);
            PensionRequest request = request(RetirementCategory.MALE, MALE_1964_06, null, "35", "5", "1.0", "200000",
                    new Overrides(null, d("9000"), null, null, null));

            PensionResult result = PensionCalculator.calculate(request, mean, TABLE);

            // (10000 + 9000) / 2 × 35 % = 3325.00; (10000 + 9000) / 2 × 5 × 1.3 % = 617.50
            assertThat(result.basic()).isEqualByComparingTo("3325.00");
            assertThat(result.transitional()).isEqualByComparingTo("617.50");
            assertThat(result.parametersSource()).isEqualTo(ParametersSource.MIXED);
        }

        /** 安徽-style rounding up to the next 0.1 year: 42年5月 = 42.4167 years → 42.5. */
        @Test
        void contributionYearsAreRoundedByThePolicyBeforeUse() {
            SourcedPolicy<PensionPolicy> tenthsUp = cityH(null, null, new YearsRounding(d("0.1"), RoundingMode.UP),
                    null, null);

            PensionResult result = PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null,
                    "42.4167", null, "1", "0", null), tenthsUp, TABLE);

            assertThat(result.basic()).isEqualByComparingTo("4250.00");
        }

        @Test
        void componentsAddAFixedAmountAndAnAmountPerYear() {
            SourcedPolicy<PensionPolicy> withSupplements = cityH(null, null, null, null, List.of(
                    new PensionComponent("地方补贴", PensionComponent.Type.PER_YEAR, d("4"), null,
                            PensionComponent.Years.CONTRIBUTION, null, null, null, null, null, null, null),
                    new PensionComponent("基本养老金补贴", PensionComponent.Type.FIXED, d("150"), null, null, null, null,
                            null, null, null, null, null)));

            PensionResult result = PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null,
                    "30", null, "1", "0", null), withSupplements, TABLE);

            assertThat(result.components()).extracting(PensionResult.Component::label)
                    .containsExactly("地方补贴", "基本养老金补贴");
            assertThat(result.components().get(0).amount()).isEqualByComparingTo("120.00");
            assertThat(result.components().get(1).amount()).isEqualByComparingTo("150.00");
            // 3000 + 0 + 4 × 30 + 150
            assertThat(result.total()).isEqualByComparingTo("3270.00");
        }

        @Test
        void amountsAreRoundedPerComponentByThePolicy() {
            SourcedPolicy<PensionPolicy> jiao = cityH(null, null, null, CityH.jiaoUp(), null);

            PensionResult result = PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null,
                    "30", null, "1", "200000", null), jiao, TABLE);

            // 200000 / 139 = 1438.848… → 1438.9
            assertThat(result.personalAccount()).isEqualByComparingTo("1438.9");
            assertThat(result.total()).isEqualByComparingTo("4438.9");
        }

        @Test
        void aTotalRoundingLeavesComponentsExact() {
            SourcedPolicy<PensionPolicy> total = cityH(null, null, null,
                    new Rounding(2, RoundingMode.HALF_UP, Rounding.Scope.TOTAL), null);

            PensionResult result = PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null,
                    "30", null, "1", "200000", null), total, TABLE);

            assertThat(result.personalAccount().scale()).isGreaterThan(2);
            assertThat(result.total()).isEqualByComparingTo("4438.85");
        }

        @Test
        void overridesForEveryParameterMakeTheSourceTheCaller() {
            PensionResult result = PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null,
                    "30", "2", "1", "139000", new Overrides(d("10000"), null, d("0.01"), d("139"), null)), null, null);

            assertThat(result.parametersSource()).isEqualTo(ParametersSource.CALLER);
            assertThat(result.personalAccount()).isEqualByComparingTo("1000.00");
        }
    }

    @Nested
    class RetirementMonth {

        @Test
        void aMonthOutsideTheFlexibleWindowIsEstimatedWithAWarning() {
            // T6 person: window 2030-01 … 2034-05
            PensionResult result = PensionCalculator.calculate(request(RetirementCategory.MALE, YearMonth.of(1970, 1),
                    YearMonth.of(2029, 1), "30", null, "1", "100000", base("10000")), null, TABLE);

            assertThat(result.retirementMonth()).isEqualTo(YearMonth.of(2029, 1));
            assertThat(result.annuityMonths()).isEqualByComparingTo("145");
            assertThat(result.status().findings()).extracting(Finding::en).singleElement().asString()
                    .contains("outside the statutory window [2030-01, 2034-05]");
        }
    }

    @Nested
    class Gaps {

        @Test
        void noCalculationBaseAnywhere() {
            assertThatThrownBy(() -> PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null,
                    "30", null, "1", "0", null), null, TABLE))
                    .isInstanceOf(PolicyGapException.class)
                    .hasMessageContaining("no 计发基数");
        }

        /** The transitional pension is unknown, the rest is still answered (a 422 only when nothing can be). */
        @Test
        void deemedYearsWithoutATransitionalCoefficient() {
            SourcedPolicy<PensionPolicy> noCoefficient = cityH(null, null, null, null, null);

            PensionResult result = PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null,
                    "30", "5", "1", "0", null), noCoefficient, TABLE);

            assertThat(result.basic()).isEqualByComparingTo("3000.00");
            assertThat(result.transitional()).isNull();
            assertThat(result.total()).isNull();
            assertThat(result.status().unknown()).containsExactly(
                    new Unknown("transitional", StatusCode.RATE_NOT_PUBLISHED),
                    new Unknown("total", StatusCode.RATE_NOT_PUBLISHED));
        }

        @Test
        void noAnnuityTableAnywhere() {
            assertThatThrownBy(() -> PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null,
                    "30", null, "1", "0", null), cityH(), null))
                    .isInstanceOf(PolicyGapException.class)
                    .hasMessageContaining("no 计发月数 table");
        }
    }

    @Nested
    class InvalidInput {

        private void rejects(String field, PensionRequest request) {
            assertThatThrownBy(() -> PensionCalculator.calculate(request, cityH(), TABLE))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
        }

        @Test
        void fieldsAreNamed() {
            rejects("contributionYears", request(RetirementCategory.MALE, MALE_1964_06, null, "0", null, "1", "0",
                    null));
            rejects("deemedYears", request(RetirementCategory.MALE, MALE_1964_06, null, "10", "11", "1", "0", null));
            rejects("retirementMonth", request(RetirementCategory.MALE, MALE_1964_06, YearMonth.of(1964, 6), "10",
                    null, "1", "0", null));
            rejects("personalAccountBalance", request(RetirementCategory.MALE, MALE_1964_06, null, "10", null, "1",
                    "-1", null));
            rejects("overrides.annuityMonths", request(RetirementCategory.MALE, MALE_1964_06, null, "10", null, "1",
                    "0", new Overrides(null, null, null, d("0"), null)));
            rejects("overrides.transitionalCoefficient", request(RetirementCategory.MALE, MALE_1964_06, null, "10",
                    null, "1", "0", new Overrides(null, null, d("1.2"), null, null)));
            rejects("averageIndex", new PensionRequest(RetirementCategory.MALE, MALE_1964_06, null, d("10"), null,
                    null, null, null, d("0"), null, null, null, List.of()));
            rejects("category", request(null, MALE_1964_06, null, "10", null, "1", "0", null));
        }

        private PensionRequest counts(String deemed, String before, String actual, String notional) {
            return new PensionRequest(RetirementCategory.MALE, MALE_1964_06, null, d("10"),
                    deemed == null ? null : d(deemed), before == null ? null : d(before),
                    actual == null ? null : d(actual), d("1"), d("0"), null, notional == null ? null : d(notional),
                    null, List.of());
        }

        @Test
        void yearCountsMustFitTogether() {
            rejects("yearsBeforeAccount", counts(null, "10.5", null, null));
            rejects("yearsBeforeAccount", counts("5", "4", null, null));
            rejects("actualYearsBeforeAccount", counts(null, "4", "4.5", null));
            rejects("actualYearsBeforeAccount", counts("3", "5", "1", null));
            rejects("actualYearsBeforeAccount", counts(null, null, "-1", null));
            rejects("notionalAccountBalance", counts(null, null, null, "-0.01"));
        }
    }

    @Test
    void theTraceNamesPolicyAndCallerSources() {
        RecordingTrace trace = new RecordingTrace();

        PensionCalculator.calculate(request(RetirementCategory.MALE, MALE_1964_06, null, "35", "5", "1.0", "200000",
                new Overrides(null, null, d("0.015"), null, null)), cityH(), TABLE, trace);

        var basic = trace.find("basic pension wage").orElseThrow();
        assertThat(basic.inputs().get("calculationBase").source()).isEqualTo("H/PENSION");
        var transitional = trace.find("transitional pension").orElseThrow();
        assertThat(transitional.inputs().get("coefficient").source()).isEqualTo("request");
        assertThat(trace.find("annuity months").orElseThrow().inputs().get("table").source())
                .isEqualTo("100000/PENSION");
    }
}
