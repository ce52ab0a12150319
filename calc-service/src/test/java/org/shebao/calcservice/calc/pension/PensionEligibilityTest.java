package org.shebao.calcservice.calc.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shebao.calcservice.calc.CityH.d;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.CityH;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.National;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.pension.PensionEligibility.Eligibility;
import org.shebao.calcservice.calc.pension.PensionEligibility.Permitted;
import org.shebao.calcservice.calc.pension.PensionRequest.Overrides;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.AnnuityAgeRule;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.ReachMinimum;

/**
 * Below the minimum contribution years nothing is payable: the ways to reach them, and the amounts only "if the minimum
 * is reached". The national ways here are the test's own; whether 一次性缴费 is permitted is city H's.
 */
class PensionEligibilityTest {

    private static final SourcedPolicy<PensionPolicy> NATIONAL = SourcedPolicy.of(
            new PolicyRef("100000", PolicyKind.PENSION, 9), withWays(List.of(
                    new ReachMinimum(ReachMinimum.Way.EXTEND_CONTRIBUTIONS, "延长缴费至满最低缴费年限"),
                    new ReachMinimum(ReachMinimum.Way.LUMP_SUM, "一次性缴费至满最低缴费年限"))));

    private static PensionPolicy withWays(List<ReachMinimum> ways) {
        return new PensionPolicy(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                ways, null, null, null);
    }

    private static SourcedPolicy<PensionPolicy> cityH(Boolean lumpSumAllowed) {
        return SourcedPolicy.of(CityH.ref(PolicyKind.PENSION), new PensionPolicy(d("10000"), 2025, null, null, null,
                null, null, null, null, null, null, null, null, null, null, lumpSumAllowed, null, null));
    }

    @Test
    void atTheMinimumThePensionIsPayable() {
        Status status = new Status();
        Eligibility eligibility = PensionEligibility.assess(d("15"), YearMonth.of(2029, 12), NATIONAL, cityH(null),
                status);

        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.minimumYears()).isEqualByComparingTo("15");
        assertThat(eligibility.monthsMissing()).isZero();
        assertThat(eligibility.ways()).isEmpty();
        assertThat(status.report().findings()).isEmpty();
    }

    /** docs/domain/rules.md P6: retiring in 2032 with 15 years, the minimum is 16.5: 18 months missing. */
    @Test
    void belowTheMinimumTheMonthsMissingAndTheWaysAreNamed() {
        Status status = new Status();
        Eligibility eligibility = PensionEligibility.assess(d("15"), YearMonth.of(2032, 3), NATIONAL, cityH(true),
                status);

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.minimumYears()).isEqualByComparingTo("16.5");
        assertThat(eligibility.monthsMissing()).isEqualTo(18);
        assertThat(eligibility.ways()).extracting(PensionEligibility.Way::way)
                .containsExactly(ReachMinimum.Way.EXTEND_CONTRIBUTIONS, ReachMinimum.Way.LUMP_SUM);
        assertThat(eligibility.ways()).extracting(PensionEligibility.Way::permitted)
                .containsOnly(Permitted.YES);
        assertThat(eligibility.ways().get(1).policy()).isEqualTo(CityH.ref(PolicyKind.PENSION));
        assertThat(status.report().findings()).extracting(Finding::code)
                .containsExactly(StatusCode.BELOW_MINIMUM_YEARS);
    }

    @Test
    void aLumpSumTheRegionForbidsIsLeftOutAndOneItDoesNotMentionIsUnknown() {
        Eligibility forbidden = PensionEligibility.assess(d("14.5"), YearMonth.of(2026, 1), NATIONAL, cityH(false),
                new Status());
        assertThat(forbidden.ways()).extracting(PensionEligibility.Way::way)
                .containsExactly(ReachMinimum.Way.EXTEND_CONTRIBUTIONS);

        Status status = new Status();
        Eligibility unknown = PensionEligibility.assess(d("14.5"), YearMonth.of(2026, 1), NATIONAL, cityH(null),
                status);
        assertThat(unknown.monthsMissing()).isEqualTo(6);
        assertThat(unknown.ways()).extracting(PensionEligibility.Way::permitted)
                .containsExactly(Permitted.YES, Permitted.UNKNOWN);
        assertThat(status.report().findings()).extracting(Finding::code)
                .containsExactly(StatusCode.LUMP_SUM_NOT_KNOWN, StatusCode.BELOW_MINIMUM_YEARS);
    }

    /**
     * 14 years, retiring at 60 in 2024-06 on city H's base 10000, index 1, account 139000: not payable. At the minimum
     * of 15: 10000 × 15 % = 1500.00 basic, 139000 ÷ 139 = 1000.00 from the account.
     */
    @Test
    void belowTheMinimumTheAmountsAreOnlyThoseIfTheMinimumIsReached() {
        PensionRequest request = new PensionRequest(RetirementCategory.MALE, YearMonth.of(1964, 6), null, d("14"),
                null, null, null, d("1"), d("139000"), null, null, Overrides.NONE, List.of());

        PensionResult result = PensionCalculator.calculate(request, cityH(null),
                National.annuityTable(AnnuityAgeRule.COMPLETED_YEARS));

        assertThat(result.eligibility().eligible()).isFalse();
        assertThat(result.eligibility().monthsMissing()).isEqualTo(12);
        assertThat(result.basic()).isNull();
        assertThat(result.personalAccount()).isNull();
        assertThat(result.transitional()).isNull();
        assertThat(result.total()).isNull();
        assertThat(result.status().unknown()).isEmpty();
        PensionResult reached = result.ifMinimumReached();
        assertThat(reached.eligibility().eligible()).isTrue();
        assertThat(reached.basic()).isEqualByComparingTo("1500.00");
        assertThat(reached.personalAccount()).isEqualByComparingTo("1000.00");
        assertThat(reached.total()).isEqualByComparingTo("2500.00");
        assertThat(reached.ifMinimumReached()).isNull();
    }
}
