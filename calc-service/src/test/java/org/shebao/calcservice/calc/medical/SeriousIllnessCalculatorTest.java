package org.shebao.calcservice.calc.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.CityH;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.Trace;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.AssistanceStatus;
import org.shebao.contract.payload.Band;
import org.shebao.contract.payload.SeriousIllnessRule;

/**
 * 大病保险 with the hypothetical segments of docs/domain/rules.md §7.8 (city H): threshold 19185; above it 50000 @60 %,
 * 50000 @70 %, 100000 @80 %, rest @90 %; cap 400000; 特困 (EXTREME_POVERTY): threshold × 0.5, +5 points, no cap. The
 * threshold and cap come from a brief and are unverified [M].
 */
class SeriousIllnessCalculatorTest {

    private static SeriousIllnessCalculator.Result pay(AssistanceStatus status, String prior, String burden) {
        return SeriousIllnessCalculator.payment(CityH.seriousIllness(), status, d(prior), null, d(burden),
                CityH.ref(PolicyKind.MEDICAL_BENEFIT), Trace.NONE);
    }

    /** D1 (city H): burden 150000 → 130815 above: 30000 + 35000 + 30815 × 80 % = 89652.00. */
    @Test
    void d1() {
        SeriousIllnessCalculator.Result result = pay(AssistanceStatus.NONE, "0", "150000");

        assertThat(result.payment()).isEqualByComparingTo("89652.00");
        assertThat(result.threshold()).isEqualByComparingTo("19185");
    }

    /** D2 (city H, 特困 [M rule]): threshold 9592.50, +5 points: 32500 + 37500 + 40407.5 × 85 % = 104346.375 → .38. */
    @Test
    void d2ExtremePoverty() {
        SeriousIllnessCalculator.Result result = pay(AssistanceStatus.EXTREME_POVERTY, "0", "150000");

        assertThat(result.threshold()).isEqualByComparingTo("9592.50");
        assertThat(result.payment()).isEqualByComparingTo("104346.38");
    }

    /** The year accumulates: with 100000 borne already, 50000 more gets f(150000) − f(100000) = 89652 − 51570.5. */
    @Test
    void theBurdenAccumulatesOverTheYear() {
        assertThat(pay(AssistanceStatus.NONE, "100000", "50000").payment()).isEqualByComparingTo("38081.50");
        assertThat(pay(AssistanceStatus.NONE, "10000", "5000").payment()).isEqualByComparingTo("0");
        // crossing the threshold within the claim: 25000 − 19185 = 5815 × 60 %
        assertThat(pay(AssistanceStatus.NONE, "10000", "15000").payment()).isEqualByComparingTo("3489.00");
    }

    @Test
    void theAnnualCapLimitsTheYearNotEachClaim() {
        // 1000000: 30000 + 35000 + 80000 + 780815 × 90 % = 847733.5 → capped at 400000
        assertThat(pay(AssistanceStatus.NONE, "0", "1000000").payment()).isEqualByComparingTo("400000.00");
        assertThat(pay(AssistanceStatus.NONE, "1000000", "1000").payment()).isEqualByComparingTo("0");
        // 特困: no cap; 32500 + 37500 + 85000 + 790407.5 × 95 % = 905887.125
        assertThat(pay(AssistanceStatus.EXTREME_POVERTY, "0", "1000000").payment())
                .isEqualByComparingTo("905887.13");
    }

    @Test
    void aGroupWithoutPublishedTermsGetsTheStandardTermsWithAWarning() {
        SeriousIllnessCalculator.Result result = pay(AssistanceStatus.LOW_INCOME, "0", "150000");

        assertThat(result.payment()).isEqualByComparingTo("89652.00");
        assertThat(result.status().findings()).extracting(Finding::en)
                .singleElement().asString().contains("LOW_INCOME", "H/MEDICAL_BENEFIT v1");
    }

    @Test
    void addedPointsNeverRaiseARateAbove100Percent() {
        SeriousIllnessRule generous = new SeriousIllnessRule(d("1000"), List.of(new Band(BigDecimal.ZERO, d("0.98"))),
                null, Map.of(AssistanceStatus.LOW_INCOME,
                        new SeriousIllnessRule.AssistanceAdjustment(d("1"), d("0.05"), false)));

        SeriousIllnessCalculator.Result result = SeriousIllnessCalculator.payment(generous,
                AssistanceStatus.LOW_INCOME, d("0"), null, d("3000"), CityH.ref(PolicyKind.MEDICAL_BENEFIT), Trace.NONE);

        assertThat(result.payment()).isEqualByComparingTo("2000.00");
    }
}
