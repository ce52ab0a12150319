package org.shebao.calcservice.calc.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shebao.calcservice.calc.CityH.d;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.PolicyData;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.PensionPolicy;

/**
 * Golden cases P1, P3 and P4 of docs/domain/rules.md §7.4 with the 计发基数 and the 计发月数 table read from the policy data
 * files. The worked examples leave out local supplements; where the data adds them (广东 +100 元 and 4 元 per year),
 * the test checks the components of the example and the total with the supplements.
 */
class RegionalPensionGoldenTest {

    private static final LocalDate IN_2025 = LocalDate.of(2025, 6, 1);
    /** Retires at exactly 60 (born before the gradual delay applies). */
    private static final YearMonth MALE_AT_60 = YearMonth.of(1964, 6);

    private static SourcedPolicy<PensionPolicy> national() {
        return PolicyData.inForce("100000-national", PolicyKind.PENSION, IN_2025);
    }

    private static PensionResult estimate(String region, YearMonth born, YearMonth retirement, String index,
            String years, String balance) {
        PensionRequest request = new PensionRequest(RetirementCategory.MALE, born, retirement, d(years), null, null,
                null, d(index), d(balance), null, null, null);
        return PensionCalculator.calculate(request, PolicyData.inForce(region, PolicyKind.PENSION, IN_2025),
                national());
    }

    /** P1 (广东 2025, 9493): 基础 9493 × 2 / 2 × 35 % = 3322.55; 个账 200000 / 139 = 1438.85 → 4761.40 (+ 240 supplements). */
    @Test
    void p1Guangdong() {
        PensionResult result = estimate("440000-guangdong", MALE_AT_60, null, "1.0", "35", "200000");

        assertThat(result.calculationBase()).isEqualByComparingTo("9493");
        assertThat(result.basic()).isEqualByComparingTo("3322.55");
        assertThat(result.personalAccount()).isEqualByComparingTo("1438.85");
        assertThat(result.basic().add(result.personalAccount())).isEqualByComparingTo("4761.40");
        // 100 + 4 × 35
        assertThat(result.components()).extracting(PensionResult.Component::amount)
                .usingElementComparator(java.math.BigDecimal::compareTo).containsExactly(d("100"), d("140"));
        assertThat(result.total()).isEqualByComparingTo("5001.40");
        assertThat(result.parametersSource()).isEqualTo(ParametersSource.POLICY);
    }

    /** P3 (广东 2025): 9493 × 1.8 / 2 × 32.5 % = 2776.7025 → 2776.70; 150000 / 139 = 1079.14 → 3855.84 (+ 230). */
    @Test
    void p3Guangdong() {
        PensionResult result = estimate("440000-guangdong", MALE_AT_60, null, "0.8", "32.5", "150000");

        assertThat(result.basic()).isEqualByComparingTo("2776.70");
        assertThat(result.personalAccount()).isEqualByComparingTo("1079.14");
        assertThat(result.basic().add(result.personalAccount())).isEqualByComparingTo("3855.84");
        assertThat(result.total()).isEqualByComparingTo("4085.84");
    }

    /**
     * P4 (北京 计发基数 12049 [T weak]): 基础 12049 × 2.2 / 2 × 30 % = 3976.17; 个账 at 62 300000 / 125 = 2400.00 →
     * 6376.17; at 63 300000 / 117 = 2564.10 → 6540.27.
     */
    @Test
    void p4BeijingAt62And63() {
        YearMonth born = YearMonth.of(1976, 9); // statutory 63 in 2039-09
        PensionResult at63 = estimate("110000-beijing", born, null, "1.2", "30", "300000");
        PensionResult at62 = estimate("110000-beijing", born, YearMonth.of(2038, 9), "1.2", "30", "300000");

        assertThat(at63.basic()).isEqualByComparingTo("3976.17");
        assertThat(at62.total()).isEqualByComparingTo("6376.17");
        assertThat(at63.total()).isEqualByComparingTo("6540.27");
    }
}
