package org.shebao.calcservice.calc.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.PolicyData;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Unknown;
import org.shebao.calcservice.calc.pension.PensionRequest.Overrides;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.AnnuityMonths;
import org.shebao.contract.payload.PensionPolicy;

/**
 * Pensions with the 计发基数, the regional variants and the 计发月数 table read from the policy data files: golden cases
 * P1, P3 and P4 of docs/domain/rules.md §7.4, and one case per regional variant of issue 10 (policy-rules §9.2–9.3),
 * each expected value worked out by hand from the formula in its comment.
 */
class RegionalPensionGoldenTest {

    private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 1);
    /** Retires at exactly 60 in 2024-06 (born before the gradual delay applies): 计发月数 139. */
    private static final YearMonth MALE_AT_60 = YearMonth.of(1964, 6);

    private static SourcedPolicy<PensionPolicy> national() {
        return PolicyData.inForce("100000-national", PolicyKind.PENSION, IN_2025);
    }

    /** A request built field by field; unset year counts, indexes and balances stay absent. */
    private static final class Person {
        private YearMonth born = MALE_AT_60;
        private YearMonth retirement;
        private String years;
        private String deemed;
        private String beforeAccount;
        private String actualBeforeAccount;
        private String index = "1.0";
        private String balance = "0";
        private String transitionalIndex;
        private String notional;
        private Overrides overrides;
        private List<String> place = List.of();

        static Person withYears(String years) {
            Person person = new Person();
            person.years = years;
            return person;
        }

        Person born(YearMonth month) {
            born = month;
            return this;
        }

        Person retires(YearMonth month) {
            retirement = month;
            return this;
        }

        Person deemed(String value) {
            deemed = value;
            return this;
        }

        Person beforeAccount(String value) {
            beforeAccount = value;
            return this;
        }

        Person actualBeforeAccount(String value) {
            actualBeforeAccount = value;
            return this;
        }

        Person index(String value) {
            index = value;
            return this;
        }

        Person balance(String value) {
            balance = value;
            return this;
        }

        Person transitionalIndex(String value) {
            transitionalIndex = value;
            return this;
        }

        Person notional(String value) {
            notional = value;
            return this;
        }

        Person overrides(Overrides value) {
            overrides = value;
            return this;
        }

        /** Where the pension is assessed, the most local region first. */
        Person at(String... codes) {
            place = List.of(codes);
            return this;
        }

        PensionResult in(String region) {
            return in(region, IN_2025);
        }

        PensionResult in(String region, LocalDate policyDate) {
            PensionRequest request = new PensionRequest(RetirementCategory.MALE, born, retirement, d(years),
                    orNull(deemed), orNull(beforeAccount), orNull(actualBeforeAccount), d(index), d(balance),
                    orNull(transitionalIndex), orNull(notional), overrides, place);
            return PensionCalculator.calculate(request, PolicyData.inForce(region, PolicyKind.PENSION, policyDate),
                    national());
        }

        private static BigDecimal orNull(String value) {
            return value == null ? null : d(value);
        }
    }

    private static BigDecimal component(PensionResult result, int index) {
        return result.components().get(index).amount();
    }

    private static StatusCode[] codes(PensionResult result) {
        return result.status().findings().stream().map(Finding::code).toArray(StatusCode[]::new);
    }

    @Nested
    class WorkedExamples {

        /** P1 (广东 2025, 9493): 基础 9493 × 2 / 2 × 35 % = 3322.55; 个账 200000 / 139 = 1438.85 → 4761.40 (+ 240). */
        @Test
        void p1Guangdong() {
            PensionResult result = Person.withYears("35").balance("200000").in("440000-guangdong");

            assertThat(result.calculationBase()).isEqualByComparingTo("9493");
            assertThat(result.basic()).isEqualByComparingTo("3322.55");
            assertThat(result.personalAccount()).isEqualByComparingTo("1438.85");
            assertThat(result.basic().add(result.personalAccount())).isEqualByComparingTo("4761.40");
            // 100 + 4 × 35
            assertThat(result.components()).extracting(PensionResult.Component::amount)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(d("100"), d("140"));
            assertThat(result.total()).isEqualByComparingTo("5001.40");
            assertThat(result.parametersSource()).isEqualTo(ParametersSource.POLICY);
        }

        /**
         * P3 (广东 2025): 9493 × 1.8 / 2 × 32.5 % = 2776.7025 → 2776.70; 150000 / 139 = 1079.14 → 3855.84; + 100 + 4 ×
         * 32 whole years = 228 → 4083.84.
         */
        @Test
        void p3Guangdong() {
            PensionResult result = Person.withYears("32.5").index("0.8").balance("150000").in("440000-guangdong");

            assertThat(result.basic()).isEqualByComparingTo("2776.70");
            assertThat(result.personalAccount()).isEqualByComparingTo("1079.14");
            assertThat(result.basic().add(result.personalAccount())).isEqualByComparingTo("3855.84");
            assertThat(result.total()).isEqualByComparingTo("4083.84");
        }

        /**
         * P4 (北京 计发基数 12049 [T weak]): 基础 12049 × 2.2 / 2 × 30 % = 3976.17; 个账 at 62 300000 / 125 = 2400.00 →
         * 6376.17; at 63 300000 / 117 = 2564.10 → 6540.27. No years before the account: G实 is 0.
         */
        @Test
        void p4BeijingAt62And63() {
            YearMonth born = YearMonth.of(1976, 9); // statutory 63 in 2039-09
            PensionResult at63 = Person.withYears("30").born(born).index("1.2").balance("300000")
                    .in("110000-beijing");
            PensionResult at62 = Person.withYears("30").born(born).retires(YearMonth.of(2038, 9)).index("1.2")
                    .balance("300000").in("110000-beijing");

            assertThat(at63.basic()).isEqualByComparingTo("3976.17");
            assertThat(at62.total()).isEqualByComparingTo("6376.17");
            assertThat(at63.total()).isEqualByComparingTo("6540.27");
        }
    }

    /** 广东's "a" value (aValueIndexThreshold 0.6). */
    @Nested
    class AValue {

        /** 9493, index 0.45, 15 years: a = 0.45 ÷ 0.6 = 0.75 → 9493 × (0.75 + 0.45) ÷ 2 × 15 % = 854.37. */
        @Test
        void belowTheThresholdALowersTheBasicPension() {
            PensionResult result = Person.withYears("15").index("0.45").in("440000-guangdong");

            assertThat(result.basic()).isEqualByComparingTo("854.37");
            // + 100 + 4 × 15
            assertThat(result.total()).isEqualByComparingTo("1014.37");
        }

        /** At the threshold a = 1: 9493 × 1.6 ÷ 2 × 15 % = 1139.16, the national formula. */
        @Test
        void atTheThresholdAIsOne() {
            assertThat(Person.withYears("15").index("0.6").in("440000-guangdong").basic())
                    .isEqualByComparingTo("1139.16");
        }
    }

    /** 北京 过渡性养老金 = G同 + G实. */
    @Nested
    class BeijingGShi {

        /**
         * 12049, index 1.2, 35 years of which 5 deemed and 5.75 actual 1992-10 → 1998-06, balance 139000 at 60:
         * 基础 12049 × 2.2 ÷ 2 × 35 % = 4638.865 → 4638.87; 个账 1000.00; G同 12049 × 1.2 × 5 × 1 % = 722.94;
         * G实 12049 × 1.2 × 5.75 × 1 % = 831.381 → 831.38; total 7193.19.
         */
        @Test
        void gShiCountsTheActualYearsBeforeTheAccount() {
            PensionResult result = Person.withYears("35").deemed("5").actualBeforeAccount("5.75").index("1.2")
                    .balance("139000").in("110000-beijing");

            assertThat(result.basic()).isEqualByComparingTo("4638.87");
            assertThat(result.personalAccount()).isEqualByComparingTo("1000.00");
            assertThat(result.transitional()).isEqualByComparingTo("722.94");
            assertThat(component(result, 0)).isEqualByComparingTo("831.38");
            assertThat(result.total()).isEqualByComparingTo("7193.19");
        }

        /** With 视同 years only, G实 is unknown: null, named, and the total with it; the rest is answered. */
        @Test
        void withoutTheActualYearsGShiIsUnknown() {
            PensionResult result = Person.withYears("35").deemed("5").index("1.2").balance("139000")
                    .in("110000-beijing");

            assertThat(result.transitional()).isEqualByComparingTo("722.94");
            assertThat(component(result, 0)).isNull();
            assertThat(result.total()).isNull();
            assertThat(result.status().unknown()).containsExactly(
                    new Unknown("components[0].amount", StatusCode.INPUT_NOT_GIVEN),
                    new Unknown("total", StatusCode.INPUT_NOT_GIVEN));
            assertThat(result.status().findings()).extracting(Finding::field).contains("actualYearsBeforeAccount");
        }
    }

    /** 上海: fixed index 1.0 and 虚账实记 ÷ 120, each part to the 角. */
    @Nested
    class ShanghaiNotionalAccount {

        private final LocalDate july2025 = LocalDate.of(2025, 7, 1);

        /**
         * 12434, 35 years of which 3 deemed, balance 139000, 虚账实记 24000: 基础 12434 × 35 % = 4351.9; 个账 1000.0;
         * 过渡 12434 × 1.0 × 3 × 1.2 % = 447.624 → 447.6; 虚账实记 24000 ÷ 120 = 200.0; total 5999.5.
         */
        @Test
        void theNotionalBalanceIsDividedBy120() {
            PensionResult result = Person.withYears("35").deemed("3").balance("139000").notional("24000")
                    .in("310000-shanghai", july2025);

            assertThat(result.basic()).isEqualByComparingTo("4351.9");
            assertThat(result.transitional()).isEqualByComparingTo("447.6");
            assertThat(component(result, 0)).isEqualByComparingTo("200.0");
            assertThat(result.total()).isEqualByComparingTo("5999.5");
        }

        /** A personal transitional index does not apply where the index is fixed: ignored with a warning. */
        @Test
        void theFixedIndexIgnoresAPersonalOne() {
            PensionResult result = Person.withYears("35").deemed("3").transitionalIndex("1.3").notional("0")
                    .in("310000-shanghai", july2025);

            assertThat(result.transitional()).isEqualByComparingTo("447.6");
            assertThat(codes(result)).contains(StatusCode.INPUT_IGNORED);
        }

        @Test
        void withoutTheNotionalBalanceThatPartIsUnknown() {
            PensionResult result = Person.withYears("35").deemed("3").in("310000-shanghai", july2025);

            assertThat(component(result, 0)).isNull();
            assertThat(result.status().reasonOf("components[0].amount")).isEqualTo(StatusCode.INPUT_NOT_GIVEN);
            assertThat(result.total()).isNull();
        }
    }

    /** 四川: years before the account, and 增发 = 指数化月平均缴费工资 × 0.1 % × 年限. */
    @Nested
    class SichuanExtra {

        /**
         * 8462, index 0.8, 35 years, 6 before the account (4 deemed + 2 actual), balance 139000: indexed wage 8462 × 0.8
         * = 6769.6; 基础 (8462 + 6769.6) ÷ 2 × 35 % = 2665.53; 过渡 7615.8 × 6 × 1.3 % = 594.0324 → 594.03; 增发 6769.6
         * × 35 × 0.1 % = 236.936 → 236.94; the known parts add up to 2665.53 + 1000.00 + 594.03 + 236.94 = 4496.50,
         * but the 增发's fixed part has no amount in the data, so the total is unknown.
         */
        @Test
        void extraPensionOnTheIndexedWage() {
            PensionResult result = Person.withYears("35").deemed("4").beforeAccount("6").index("0.8")
                    .balance("139000").in("510000-sichuan");

            assertThat(result.basic()).isEqualByComparingTo("2665.53");
            assertThat(result.transitional()).isEqualByComparingTo("594.03");
            assertThat(component(result, 0)).isEqualByComparingTo("236.94");
            assertThat(result.basic().add(result.personalAccount()).add(result.transitional())
                    .add(component(result, 0))).isEqualByComparingTo("4496.50");
            assertThat(result.components().get(1).amount()).isNull();
            assertThat(result.total()).isNull();
            assertThat(result.status().unknown()).contains(
                    new Unknown("components[1].amount", StatusCode.COMPONENT_NOT_MODELLED));
        }

        /** Only deemedYears for a region counting all years before the account: used, with a warning. */
        @Test
        void deemedYearsAloneAreUsedWithAWarning() {
            PensionResult result = Person.withYears("35").deemed("4").index("0.8").balance("139000")
                    .in("510000-sichuan");

            // 7615.8 × 4 × 1.3 % = 396.0216
            assertThat(result.transitional()).isEqualByComparingTo("396.02");
            assertThat(codes(result)).contains(StatusCode.DEEMED_YEARS_USED);
        }
    }

    /** 浙江: years before the account with the person's index up to 1997; its 过渡调节金 has no formula in the data. */
    @Nested
    class ZhejiangOwnIndex {

        /**
         * 8433, 30 years, 5 before the account, own index 1.1: 基础 8433 × 30 % = 2529.9; 过渡 8433 × 1.1 × 5 × 1.4 % =
         * 649.341 → 649.3 (角); 补贴 150.0; the known parts add up to 3329.2, but a 中人 is also paid the 过渡调节金,
         * whose amount is unknown: the total is unknown too.
         */
        @Test
        void theOwnIndexIsUsedAndTheAdjustmentIsNamedUnknown() {
            PensionResult result = Person.withYears("30").beforeAccount("5").transitionalIndex("1.1")
                    .in("330000-zhejiang");

            assertThat(result.basic()).isEqualByComparingTo("2529.9");
            assertThat(result.transitional()).isEqualByComparingTo("649.3");
            assertThat(component(result, 0)).isEqualByComparingTo("150.0");
            assertThat(result.components().get(1).amount()).isNull();
            assertThat(result.total()).isNull();
            assertThat(result.status().unknown()).contains(
                    new Unknown("components[1].amount", StatusCode.COMPONENT_NOT_MODELLED));
        }

        /** A 新人 (no years before the account) is not paid the 过渡调节金: 2529.9 + 150.0 = 2679.9, complete. */
        @Test
        void withoutYearsBeforeTheAccountTheAdjustmentDoesNotApply() {
            PensionResult result = Person.withYears("30").beforeAccount("0").in("330000-zhejiang");

            assertThat(result.total()).isEqualByComparingTo("2679.9");
            assertThat(result.status().unknown()).isEmpty();
        }

        @Test
        void withoutTheOwnIndexTheTransitionalPensionIsUnknownNotA422() {
            PensionResult result = Person.withYears("30").beforeAccount("5").in("330000-zhejiang");

            assertThat(result.basic()).isEqualByComparingTo("2529.9");
            assertThat(result.transitional()).isNull();
            assertThat(result.total()).isNull();
            assertThat(result.status().unknown()).contains(
                    new Unknown("transitional", StatusCode.INPUT_NOT_GIVEN));
        }
    }

    /** 内蒙古: an average index below 1 counts as 1 for the transitional pension (the region's floor). */
    @Nested
    class InnerMongoliaIndexFloor {

        /** 8179, index 0.8, 5 deemed years: 过渡 8179 × max(0.8, 1.0) × 5 × 1.2 % = 490.74; 基础 uses 0.8: 2208.33. */
        @Test
        void anIndexBelowTheFloorCountsAsTheFloor() {
            PensionResult result = Person.withYears("30").deemed("5").index("0.8").in("150000-neimenggu");

            assertThat(result.basic()).isEqualByComparingTo("2208.33");
            assertThat(result.transitional()).isEqualByComparingTo("490.74");
        }

        /** Index 1.2 is above the floor: 8179 × 1.2 × 5 × 1.2 % = 588.888 → 588.89. */
        @Test
        void anIndexAboveTheFloorIsUsedAsItIs() {
            PensionResult result = Person.withYears("30").deemed("5").index("1.2").in("150000-neimenggu");

            assertThat(result.transitional()).isEqualByComparingTo("588.89");
        }
    }

    /** 吉林: 过渡系数 1.4 % instead of 1.2 % when the actual contribution years exceed 20. */
    @Nested
    class JilinCoefficientRaise {

        /** 7322, 30 years of which 5 deemed (25 actual > 20): 7322 × 1.0 × 5 × 1.4 % = 512.54. */
        @Test
        void moreThanTwentyActualYearsRaiseTheCoefficient() {
            PensionResult result = Person.withYears("30").deemed("5").in("220000-jilin");

            assertThat(result.transitional()).isEqualByComparingTo("512.54");
        }

        /** 25 years of which 8 deemed (17 actual): 7322 × 1.0 × 8 × 1.2 % = 702.912 → 702.91. */
        @Test
        void twentyOrFewerActualYearsKeepTheCoefficient() {
            PensionResult result = Person.withYears("25").deemed("8").in("220000-jilin");

            assertThat(result.transitional()).isEqualByComparingTo("702.91");
        }
    }

    /**
     * 吉林's basic pension pools on the base of the city of retirement: (市县基数 + 全省基数 × 指数) ÷ 2, 长春 7978.25 and
     * elsewhere the province's 7322; the 增发 is that wage × 0.15 % a year from 20 to 25 years, 0.20 % to 30, 0.25 %
     * beyond, above 20 actual years. Inputs of two approval sheets the source records (expected within 0.10 元).
     */
    @Nested
    class JilinLocalBaseAndExtra {

        /**
         * 长春, index 0.60, 42.33 years of which 12.58 deemed (29.75 actual): wage (7978.25 + 7322 × 0.6) ÷ 2 =
         * 6185.725; basic × 42.33 % = 2618.42 (sheet 2618.43); 增发 × (5 × 0.15 % + 5 × 0.20 % + 12.33 × 0.25 %) =
         * 298.925 → 298.93 (the sheet's); transitional on the province base 7322 × 0.6 × 12.58 × 1.4 % = 773.73 (sheet 773.74).
         */
        @Test
        void changchunPoolsOnItsOwnBase() {
            PensionResult result = Person.withYears("42.33").deemed("12.58").index("0.60").born(YearMonth.of(1965, 3))
                    .at("220100", "220000").in("220000-jilin");

            assertThat(result.basic()).isEqualByComparingTo("2618.42");
            assertThat(component(result, 0)).isEqualByComparingTo("298.93");
            assertThat(result.transitional()).isEqualByComparingTo("773.73");
        }

        /**
         * 通化 (the province's base), index 0.46, 44.42 years of which 15.25 deemed: wage 7322 × 1.46 ÷ 2 = 5345.06;
         * basic × 44.42 % = 2374.28 (sheet 2374.30); 增发 × 5.355 % = 286.23 (sheet 286.23).
         */
        @Test
        void otherCitiesPoolOnTheProvinceBase() {
            PensionResult result = Person.withYears("44.42").deemed("15.25").index("0.46").born(YearMonth.of(1965, 1))
                    .at("220500", "220000").in("220000-jilin");

            assertThat(result.basic()).isEqualByComparingTo("2374.28");
            assertThat(component(result, 0)).isEqualByComparingTo("286.23");
        }

        /** 25 years of which 8 deemed: 17 actual years, no 增发 (0, not unknown). */
        @Test
        void noExtraAtTwentyActualYearsOrFewer() {
            PensionResult result = Person.withYears("25").deemed("8").at("220100", "220000").in("220000-jilin");

            assertThat(component(result, 0)).isEqualByComparingTo("0");
            assertThat(result.total()).isNotNull();
        }
    }

    /** 河南 computes 过渡性养老金 on the base of the city of retirement (豫政〔2006〕29号), with the person's own index. */
    @Nested
    class HenanLocalBase {

        /** 信阳 6260, own index 0.6573, 9.25 deemed years: 6260 × 0.6573 × 9.25 × 1.3 % = 494.79 (the sheet's). */
        @Test
        void xinyangUsesItsOwnBase() {
            PensionResult result = Person.withYears("39.5").deemed("9.25").index("0.68834").transitionalIndex("0.6573")
                    .born(YearMonth.of(1965, 10)).retires(YearMonth.of(2025, 10)).at("411500", "410000")
                    .in("410000-henan");

            assertThat(result.transitional()).isEqualByComparingTo("494.79");
        }

        /**
         * 郑州 7933: 7933 × 0.7 × 10 × 1.3 % = 721.90; its 过渡性补贴 (a table not in the data) is named unknown, so is
         * the total. 信阳 does not pay it: the part is 0 there.
         */
        @Test
        void zhengzhouAddsATransitionalSubsidyTheDataCannotCompute() {
            Person person = Person.withYears("35").deemed("10").transitionalIndex("0.7");
            PensionResult zhengzhou = person.at("410102", "410100", "410000").in("410000-henan");
            PensionResult xinyang = person.at("411500", "410000").in("410000-henan");

            assertThat(zhengzhou.transitional()).isEqualByComparingTo("721.90");
            assertThat(component(zhengzhou, 0)).isNull();
            assertThat(zhengzhou.total()).isNull();
            assertThat(codes(zhengzhou)).contains(StatusCode.COMPONENT_NOT_MODELLED);
            assertThat(component(xinyang, 0)).isEqualByComparingTo("0");
            assertThat(xinyang.total()).isNotNull();
        }

        /** 南阳's base is not in the data: the transitional pension and the total are unknown, and the field named. */
        @Test
        void aCityWithoutABaseLeavesTheTransitionalPensionUnknown() {
            PensionResult result = Person.withYears("39.5").deemed("9.25").transitionalIndex("0.6573")
                    .at("411300", "410000").in("410000-henan");

            assertThat(result.transitional()).isNull();
            assertThat(result.total()).isNull();
            assertThat(result.status().unknown()).contains(new Unknown("transitional", StatusCode.INPUT_NOT_GIVEN));
            assertThat(result.status().findings()).anyMatch(f -> "overrides.localCalculationBase".equals(f.field()));
        }

        /** The sheet's own local base given: 6300 × 0.6573 × 9.25 × 1.3 % = 497.95. */
        @Test
        void theSheetsLocalBaseCanBeGiven() {
            PensionResult result = Person.withYears("39.5").deemed("9.25").transitionalIndex("0.6573")
                    .overrides(new Overrides(null, null, null, null, d("6300"))).at("411300", "410000")
                    .in("410000-henan");

            assertThat(result.transitional()).isEqualByComparingTo("497.95");
        }
    }

    /** 深圳: the provincial +100 元 and +4 元 per WHOLE year of contribution. */
    @Nested
    class ShenzhenSupplements {

        /** 30 years: 100 + 4 × 30 = 220 (as on a 30-year sheet); 基础 11293 × 30 % = 3387.90 → 3607.90. */
        @Test
        void thirtyYearsGive220() {
            PensionResult result = Person.withYears("30").in("440300-shenzhen");

            assertThat(component(result, 0).add(component(result, 1))).isEqualByComparingTo("220");
            assertThat(result.total()).isEqualByComparingTo("3607.90");
        }

        /** 17.75 years count 17 whole years: 100 + 4 × 17 = 168; 基础 11293 × 17.75 % = 2004.5075 → 2004.51. */
        @Test
        void perYearAmountsCountWholeYears() {
            PensionResult result = Person.withYears("17.75").in("440300-shenzhen");

            assertThat(component(result, 1)).isEqualByComparingTo("68");
            assertThat(result.basic()).isEqualByComparingTo("2004.51");
            assertThat(result.total()).isEqualByComparingTo("2172.51");
        }

        /** No 过渡系数 is published for 深圳: with deemed years the transitional pension is unknown, with its caveat. */
        @Test
        void anUnpublishedCoefficientLeavesTheTransitionalPensionUnknown() {
            PensionResult result = Person.withYears("30").deemed("3").transitionalIndex("1.0").in("440300-shenzhen");

            assertThat(result.transitional()).isNull();
            assertThat(result.basic()).isEqualByComparingTo("3387.90");
            assertThat(result.status().reasonOf("transitional")).isEqualTo(StatusCode.RATE_NOT_PUBLISHED);
            assertThat(codes(result)).contains(StatusCode.RATE_NOT_PUBLISHED);
        }
    }

    /** The national 计发月数 rule from 2025: interpolated by month, to one decimal (policy-rules §9.2). */
    @Nested
    class InterpolatedAnnuityMonths {

        /** months(Y) − (months(Y) − months(Y+1)) × M ÷ 12 on the table 195/190, 185/180, 170/164, 139/132, 132/125. */
        @ParameterizedTest(name = "{0}岁{1}个月 → {2}")
        @CsvSource({ "50, 1, 194.6", "51, 11, 185.4", "55, 1, 169.5", "60, 1, 138.4", "60, 2, 137.8", "60, 3, 137.3",
            "61, 1, 131.4", "60, 0, 139" })
        void theSevenChecksOfOfficialSheets(int years, int months, String expected) {
            SourcedPolicy<PensionPolicy> table = national();
            Map<Integer, Integer> rows = table.payload().annuityMonths().stream()
                    .collect(Collectors.toMap(AnnuityMonths::age, AnnuityMonths::months));

            assertThat(AnnuityMonthsLookup.of(table.payload().annuityAgeRule()).months(rows, years, months, "national"))
                    .isEqualByComparingTo(expected);
        }

        /**
         * Born 1965-09: 60岁3个月 (2025-12) → 137.3 months; 137300 ÷ 137.3 = 1000.00, not 137300 ÷ 137 = 1002.19.
         */
        @Test
        void anEstimateAt60And3MonthsDividesBy137Point3() {
            PensionResult result = Person.withYears("30").born(YearMonth.of(1965, 9)).balance("137300")
                    .in("440000-guangdong");

            assertThat(result.retirementMonth()).isEqualTo(YearMonth.of(2025, 12));
            assertThat(result.annuityMonths()).isEqualByComparingTo("137.3");
            assertThat(result.personalAccount()).isEqualByComparingTo("1000.00");
        }

        /** An override of 137.3 is used as given, not truncated to 137. */
        @Test
        void aDecimalOverrideIsKept() {
            PensionResult result = Person.withYears("30").balance("137300")
                    .overrides(new Overrides(null, null, null, d("137.3"), null)).in("440000-guangdong");

            assertThat(result.annuityMonths()).isEqualByComparingTo("137.3");
            assertThat(result.personalAccount()).isEqualByComparingTo("1000.00");
        }
    }
}
