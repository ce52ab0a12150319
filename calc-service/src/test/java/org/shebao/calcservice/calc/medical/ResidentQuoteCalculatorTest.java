package org.shebao.calcservice.calc.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.shebao.calcservice.calc.CityH.d;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shebao.calcservice.calc.CityH;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Unknown;
import org.shebao.calcservice.calc.medical.ResidentQuoteRequest.Member;
import org.shebao.calcservice.calc.medical.ResidentQuoteRequest.SchemeSwitch;
import org.shebao.calcservice.calc.medical.ResidentQuoteResult.Situation;
import org.shebao.calcservice.calc.medical.ResidentQuoteResult.WaitingCase;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.ContinuityRule;
import org.shebao.contract.payload.ResidentCategory;
import org.shebao.contract.payload.ResidentFee;
import org.shebao.contract.payload.ResidentMedicalPolicy;
import org.shebao.contract.payload.WaitingPeriodRule;

/**
 * 城乡居民医保 quotes. Waiting periods follow the national rule of 国办发〔2024〕38号 (fixed 3 months, +1 per broken
 * year, −1 per repaired year, at least 6 after a break of 4+ years, newborns exempt): cases W1–W6 of §7.2. Fees are
 * city H's (adults 420 元, minors 300 元); M1 and M2 rest on the national minimums and are tested against the policy
 * data files.
 */
class ResidentQuoteCalculatorTest {

    private static final WaitingPeriodRule NATIONAL_WAITING = new WaitingPeriodRule(3, 1, 1,
            new WaitingPeriodRule.LongBreakFloor(4, 6), null, true);

    private static SourcedPolicy<ResidentMedicalPolicy> policy(WaitingPeriodRule waiting, boolean minimumStandard) {
        return SourcedPolicy.of(CityH.ref(PolicyKind.RESIDENT_MEDICAL), new ResidentMedicalPolicy(2025, List.of(
                new ResidentFee(Set.of(ResidentCategory.ADULT, ResidentCategory.ELDERLY), "城乡居民", d("420")),
                new ResidentFee(Set.of(ResidentCategory.MINOR), "未成年人", d("300"))),
                d("700"), minimumStandard, null, waiting));
    }

    private static ResidentQuoteRequest request(Boolean inWindow, Integer broken, Integer repaired, Boolean newborn) {
        return new ResidentQuoteRequest(2025, List.of(new Member(ResidentCategory.ADULT, 1)), inWindow, broken,
                repaired, newborn, null);
    }

    @ParameterizedTest(name = "{0}: in window {1}, broken {2}, repaired {3}, newborn {4} → {5} months")
    @CsvSource({
        "W1 outside the window continuously insured,  false, 0, 0, false, 3",
        "W2 two broken years,                          false, 2, 0, false, 5",
        "W3 two broken years one repaired,             false, 2, 1, false, 4",
        "W4 five broken years no local cap,            false, 5, 0, false, 8",
        "W5 five broken years fully repaired,          false, 5, 5, false, 6",
        "W6 newborn,                                   false, 0, 0, true,  0",
        "in the window without a break,                true,  0, 0, false, 0",
        "in the window after a break,                  true,  2, 0, false, 5",
        "three broken years repaired: no floor,        false, 3, 3, false, 3",
        "more repaired than broken never goes below fixed, false, 1, 3, false, 3",
    })
    void waitingPeriods(String label, boolean inWindow, int broken, int repaired, boolean newborn, int months) {
        ResidentQuoteResult result = ResidentQuoteCalculator.calculate(request(inWindow, broken, repaired, newborn),
                policy(NATIONAL_WAITING, false));

        assertThat(result.waitingMonths()).isEqualTo(months);
    }

    @Test
    void w4ALocalCapLimitsTheTotal() {
        WaitingPeriodRule capped = new WaitingPeriodRule(3, 1, 1, new WaitingPeriodRule.LongBreakFloor(4, 6), 6, true);

        ResidentQuoteResult result = ResidentQuoteCalculator.calculate(request(false, 5, 0, false),
                policy(capped, false));

        assertThat(result.waitingMonths()).isEqualTo(6);
        assertThat(result.waitingRule()).contains("本地上限6个月");
    }

    @Test
    void w5TheRuleExplainsTheFloor() {
        ResidentQuoteResult result = ResidentQuoteCalculator.calculate(request(false, 5, 5, false),
                policy(NATIONAL_WAITING, false));

        assertThat(result.waitingRule()).isEqualTo("固定待遇等待期3个月 + 变动待遇等待期 max(0, 5年断保×1 − 5年修复×1) = 0个月"
                + "；连续断保4年及以上，合计不少于6个月 → 6个月");
    }

    @Test
    void aNewbornWhereNewbornsAreNotExemptWaitsLikeAnyone() {
        WaitingPeriodRule noExemption = new WaitingPeriodRule(3, 1, 1, null, null, false);

        assertThat(ResidentQuoteCalculator.calculate(request(false, 0, 0, true), policy(noExemption, false))
                .waitingMonths()).isEqualTo(3);
    }

    /** The shape of M1 with city H's fee: a household of 3 adults → 3 × 420 = 1260. */
    @Test
    void feesArePricedPerCategoryLine() {
        ResidentQuoteRequest household = new ResidentQuoteRequest(2025, List.of(
                new Member(ResidentCategory.ADULT, 3), new Member(ResidentCategory.MINOR, 1)), true, 0, 0, false, null);

        ResidentQuoteResult result = ResidentQuoteCalculator.calculate(household, policy(NATIONAL_WAITING, false));

        assertThat(result.lines()).hasSize(2);
        assertThat(result.lines().get(0).amount()).isEqualByComparingTo("1260");
        assertThat(result.lines().get(0).label()).isEqualTo("城乡居民");
        assertThat(result.lines().get(1).amount()).isEqualByComparingTo("300");
        assertThat(result.total()).isEqualByComparingTo("1560");
        assertThat(result.status().findings()).extracting(Finding::en).isEmpty();
    }

    @Test
    void nationalMinimumFeesAreWarnedAbout() {
        ResidentQuoteResult result = ResidentQuoteCalculator.calculate(request(true, 0, 0, false),
                policy(NATIONAL_WAITING, true));

        assertThat(result.status().findings()).extracting(Finding::en)
                .singleElement().asString().contains("national minimums");
    }

    @Test
    void gapsAndInvalidInput() {
        assertThatThrownBy(() -> ResidentQuoteCalculator.calculate(new ResidentQuoteRequest(2025, List.of(
                new Member(ResidentCategory.STUDENT, 1)), true, 0, 0, false, null), policy(NATIONAL_WAITING, false)))
                .isInstanceOf(PolicyGapException.class).hasMessageContaining("STUDENT");
        assertThatThrownBy(() -> ResidentQuoteCalculator.calculate(new ResidentQuoteRequest(2024, List.of(
                new Member(ResidentCategory.ADULT, 1)), true, 0, 0, false, null), policy(NATIONAL_WAITING, false)))
                .isInstanceOf(PolicyGapException.class).hasMessageContaining("covers 2025, not 2024");
        assertThatThrownBy(() -> ResidentQuoteCalculator.calculate(new ResidentQuoteRequest(2025, List.of(
                new Member(ResidentCategory.ADULT, 0)), true, 0, 0, false, null), policy(NATIONAL_WAITING, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("members[0].count"));
        assertThatThrownBy(() -> ResidentQuoteCalculator.calculate(request(false, -1, 0, false),
                policy(NATIONAL_WAITING, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("brokenYears"));
    }

    @Nested
    class WaitingByCase {

        private static final ContinuityRule CONTINUITY = new ContinuityRule(3, 2, 3, "医保办发〔2021〕43号");

        private SourcedPolicy<ResidentMedicalPolicy> withContinuity() {
            ResidentMedicalPolicy h = policy(NATIONAL_WAITING, false).payload();
            return SourcedPolicy.of(CityH.ref(PolicyKind.RESIDENT_MEDICAL), new ResidentMedicalPolicy(h.coverageYear(),
                    h.fees(), h.fiscalSubsidyPerPerson(), false, null, NATIONAL_WAITING, CONTINUITY));
        }

        private ResidentQuoteRequest switching(int continuousYears, int gapMonths) {
            return new ResidentQuoteRequest(2025, List.of(new Member(ResidentCategory.ADULT, 1)), null, null, null,
                    false, new SchemeSwitch(continuousYears, gapMonths));
        }

        /** Neither the window nor a break nor a switch is stated: each case's waiting period, none assumed. */
        @Test
        void anOpenCaseGetsTheWaitingPeriodOfEachCase() {
            ResidentQuoteResult result = ResidentQuoteCalculator.calculate(request(null, null, null, null),
                    withContinuity());

            assertThat(result.waitingMonths()).isNull();
            assertThat(result.waitingCases()).extracting(WaitingCase::situation, WaitingCase::months).containsExactly(
                    tuple(Situation.IN_WINDOW_CONTINUOUS, 0), tuple(Situation.OUTSIDE_WINDOW_OR_AFTER_BREAK, 3),
                    tuple(Situation.SCHEME_SWITCH_WITHIN_GRACE, 0));
            assertThat(result.status().unknown()).extracting(Unknown::field).containsExactly("waitingMonths");
            assertThat(result.status().findings()).extracting(Finding::code)
                    .contains(StatusCode.WAITING_PERIOD_BY_CASE);
        }

        @Test
        void withoutAContinuityRuleTheSwitchCaseIsNotOffered() {
            assertThat(ResidentQuoteCalculator.calculate(request(null, null, null, null),
                    policy(NATIONAL_WAITING, false)).waitingCases()).extracting(WaitingCase::situation)
                    .doesNotContain(Situation.SCHEME_SWITCH_WITHIN_GRACE);
        }

        /** 2 continuous years and a 3-month gap: no waiting; 1 year or a 4-month gap: the general rule (3 months). */
        @Test
        void aSwitchFromEmployeeCoverWithinTheRuleHasNoWaitingPeriod() {
            assertThat(ResidentQuoteCalculator.calculate(switching(2, 3), withContinuity()).waitingMonths()).isZero();
            assertThat(ResidentQuoteCalculator.calculate(switching(1, 3), withContinuity()).waitingMonths())
                    .isEqualTo(3);
            assertThat(ResidentQuoteCalculator.calculate(switching(5, 4), withContinuity()).waitingMonths())
                    .isEqualTo(3);
        }

        @Test
        void aSwitchWithoutAContinuityRuleIsSaidAndPricedByTheGeneralRule() {
            ResidentQuoteResult result = ResidentQuoteCalculator.calculate(switching(2, 1),
                    policy(NATIONAL_WAITING, false));

            assertThat(result.waitingMonths()).isEqualTo(3);
            assertThat(result.status().findings()).extracting(Finding::code).contains(StatusCode.NO_CONTINUITY_RULE);
        }

        @Test
        void aSwitchNeedsItsYearsAndGap() {
            assertThatThrownBy(() -> ResidentQuoteCalculator.calculate(new ResidentQuoteRequest(2025, List.of(
                    new Member(ResidentCategory.ADULT, 1)), null, null, null, false, new SchemeSwitch(2, null)),
                    withContinuity()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("schemeSwitch.gapMonths"));
        }
    }
}
