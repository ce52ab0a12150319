package org.shebao.calcservice.calc.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shebao.calcservice.calc.CityH.d;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.LifetimeEligibilityRule;
import org.shebao.contract.payload.MedicalBenefitPolicy;

/**
 * {@link LifetimeEligibilityCalculator} on rules of the hypothetical city H: 男 25 years, 女 20, of which 10 paid
 * locally ("满"), and a stricter H rule "累计超过20年". The golden cases A3 (广东) and A4 (上海) read their rules from the
 * policy data files in {@link RegionalMedicalGoldenTest}.
 */
class LifetimeEligibilityCalculatorTest {

    private static SourcedPolicy<MedicalBenefitPolicy> rule(LifetimeEligibilityRule rule) {
        return SourcedPolicy.of(new PolicyRef("H", PolicyKind.MEDICAL_BENEFIT, 1),
                new MedicalBenefitPolicy(null, null, rule));
    }

    private static final SourcedPolicy<MedicalBenefitPolicy> CITY_H = rule(
            new LifetimeEligibilityRule(d("25"), d("20"), d("10"), false));
    private static final SourcedPolicy<MedicalBenefitPolicy> CITY_H_STRICT = rule(
            new LifetimeEligibilityRule(d("20"), d("20"), null, true));

    private static final YearMonth RETIRES = YearMonth.of(2030, 1);

    /** The shape of A3: a man with 23 years (12 local) needs 25 → 24 months short. */
    @Test
    void aManBelowHisYearsIsShortByTheGap() {
        LifetimeEligibilityResult result = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 23 * 12, 12 * 12, RETIRES), CITY_H);

        assertThat(result.eligible()).isFalse();
        assertThat(result.requiredMonths()).isEqualTo(300);
        assertThat(result.gapMonths()).isEqualTo(24);
        assertThat(result.localRequiredMonths()).isEqualTo(120);
        assertThat(result.localGapMonths()).isZero();
    }

    @Test
    void aWomanWithTheSameRecordNeedsFewerYears() {
        LifetimeEligibilityResult result = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.FEMALE, 23 * 12, 12 * 12, RETIRES), CITY_H);

        assertThat(result.eligible()).isTrue();
        assertThat(result.requiredMonths()).isEqualTo(240);
        assertThat(result.gapMonths()).isZero();
    }

    @Test
    void theLocalMinimumAloneCanBlockEligibility() {
        LifetimeEligibilityResult result = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 26 * 12, 9 * 12, RETIRES), CITY_H);

        assertThat(result.eligible()).isFalse();
        assertThat(result.gapMonths()).isZero();
        assertThat(result.localGapMonths()).isEqualTo(12);
    }

    @Test
    void exactlyTheYearsSufficeWhereTheRuleSaysMan() {
        LifetimeEligibilityResult result = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 300, 300, RETIRES), CITY_H);

        assertThat(result.eligible()).isTrue();
        assertThat(result.status().findings()).extracting(Finding::en).isEmpty();
    }

    /** The shape of A4: "超过" needs one month more than the years; more is eligible without a local minimum. */
    @Test
    void moreThanTheYearsIsEligibleWhereTheRuleSaysChaoguo() {
        LifetimeEligibilityResult result = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.FEMALE, 21 * 12, null, RETIRES), CITY_H_STRICT);

        assertThat(result.eligible()).isTrue();
        assertThat(result.requiredMonths()).isEqualTo(241);
        assertThat(result.localRequiredMonths()).isNull();
        assertThat(result.localGapMonths()).isNull();
        assertThat(result.status().findings()).extracting(Finding::en).isEmpty();
    }

    /** The A4 boundary: exactly the years is not "超过": one month short, flagged. */
    @Test
    void exactlyTheYearsIsFlaggedWhereTheRuleSaysChaoguo() {
        LifetimeEligibilityResult result = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 240, 240, RETIRES), CITY_H_STRICT);

        assertThat(result.eligible()).isFalse();
        assertThat(result.gapMonths()).isEqualTo(1);
        assertThat(result.status().findings()).extracting(Finding::en)
                .singleElement().asString().contains("exactly 240 months", "超过");
    }

    @Test
    void fractionalYearsNeedWholeMonths() {
        LifetimeEligibilityResult result = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 300, 0, RETIRES),
                rule(new LifetimeEligibilityRule(d("25.5"), d("20"), null, false)));

        assertThat(result.requiredMonths()).isEqualTo(306);
        assertThat(result.gapMonths()).isEqualTo(6);
    }

    @Test
    void gapsAndInvalidInput() {
        assertThatThrownBy(() -> LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 100, 0, RETIRES),
                SourcedPolicy.of(new PolicyRef("H", PolicyKind.MEDICAL_BENEFIT, 3),
                        new MedicalBenefitPolicy(null, null, null))))
                .isInstanceOf(PolicyGapException.class)
                .hasMessageContaining("H/MEDICAL_BENEFIT v3 publishes no lifetime-eligibility rule");
        assertThatThrownBy(() -> LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 100, 120, RETIRES), CITY_H))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("localMonths"));
        assertThatThrownBy(() -> LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(null, 100, 0, RETIRES), CITY_H))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("gender"));
        assertThatThrownBy(() -> LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, -1, 0, RETIRES), CITY_H))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("cumulativeMonths"));
        assertThatThrownBy(() -> LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 100, 0, null), CITY_H))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("retirementMonth"));
    }
}
