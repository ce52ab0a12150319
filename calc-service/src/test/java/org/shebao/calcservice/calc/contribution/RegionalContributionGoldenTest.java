package org.shebao.calcservice.calc.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.PolicyData;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.contribution.ContributionResult.Line;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;

/**
 * Golden cases C1–C13 of docs/domain/rules.md §7.1, with every regional figure read from the policy data files. Where a
 * case rests on a figure the data leaves unpublished (an [M] employer rate), the test asserts that the amount is null
 * with a warning instead of the recalled value.
 */
class RegionalContributionGoldenTest {

    private static final String BEIJING = "110000-beijing";
    private static final String SHANGHAI = "310000-shanghai";

    private static SourcedPolicy<ContributionPolicy> policy(String region, YearMonth month) {
        return PolicyData.inForce(region, PolicyKind.CONTRIBUTION, month.atDay(1));
    }

    private static ContributionResult bill(String region, ParticipantType type, YearMonth month, String wage) {
        return ContributionCalculator.calculate(ContributionRequest.of(type, month, d(wage)), policy(region, month));
    }

    private static Line line(ContributionResult result, InsuranceType insurance) {
        return result.lines().stream().filter(l -> l.insurance() == insurance).findFirst().orElseThrow();
    }

    /**
     * C1 (北京 2024年度, 10000): 个人 800 + 200 + 3 (大额互助, [T]) + 50 = 1053.00. The employer total 2630.00 rests on
     * 医疗 9.8 % [M], which the data leaves unpublished: that amount is null with a warning.
     */
    @Test
    void c1Beijing2024() {
        ContributionResult result = bill(BEIJING, ParticipantType.EMPLOYEE, YearMonth.of(2024, 9), "10000");

        assertThat(result.totals().employee()).isEqualByComparingTo("1053.00");
        assertThat(line(result, InsuranceType.PENSION).employerAmount()).isEqualByComparingTo("1600.00");
        assertThat(line(result, InsuranceType.UNEMPLOYMENT).employerAmount()).isEqualByComparingTo("50.00");
        assertThat(line(result, InsuranceType.MEDICAL).employerAmount()).isNull();
        assertThat(result.status().findings()).extracting(Finding::en)
                .anySatisfy(w -> assertThat(w).contains("employer rate not published"));
    }

    /** C2 (北京 2024年度, 5000 → floor 6821): 养老个人 545.68; 失业个人 34.105 → 34.11 half up. */
    @Test
    void c2Beijing2024Floor() {
        ContributionResult result = bill(BEIJING, ParticipantType.EMPLOYEE, YearMonth.of(2024, 9), "5000");

        assertThat(line(result, InsuranceType.PENSION).base()).isEqualByComparingTo("6821");
        assertThat(line(result, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("545.68");
        assertThat(line(result, InsuranceType.UNEMPLOYMENT).employeeAmount()).isEqualByComparingTo("34.11");
    }

    /** C3 (北京 2025年度, 50000 → ceiling 35811): 养老 个人 2864.88, 单位 5729.76. */
    @Test
    void c3Beijing2025Ceiling() {
        ContributionResult result = bill(BEIJING, ParticipantType.EMPLOYEE, YearMonth.of(2025, 7), "50000");

        assertThat(line(result, InsuranceType.PENSION).baseAdjustment()).isEqualTo(BaseAdjustment.CEILING);
        assertThat(line(result, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("2864.88");
        assertThat(line(result, InsuranceType.PENSION).employerAmount()).isEqualByComparingTo("5729.76");
    }

    /** C4 (北京, 7000): 2025-06 in 2024年度 → 560.00; 2025-07 in 2025年度 → floor 7162 → 572.96; 补差 12.96. */
    @Test
    void c4BeijingAcrossTheYearAndItsAdjustment() {
        YearMonth june = YearMonth.of(2025, 6);
        YearMonth july = YearMonth.of(2025, 7);

        assertThat(line(bill(BEIJING, ParticipantType.EMPLOYEE, june, "7000"), InsuranceType.PENSION)
                .employeeAmount()).isEqualByComparingTo("560.00");
        assertThat(line(bill(BEIJING, ParticipantType.EMPLOYEE, july, "7000"), InsuranceType.PENSION)
                .employeeAmount()).isEqualByComparingTo("572.96");

        // billed in July under the old year's version, re-rated once the new year was published
        AdjustmentResult adjustment = ContributionAdjustmentCalculator.calculate(
                new AdjustmentRequest(ParticipantType.EMPLOYEE, null,
                        List.of(new AdjustmentRequest.Month(july, d("7000"), null))),
                Map.of(july, new AdjustmentPolicies(policy(BEIJING, june), policy(BEIJING, july))));
        AdjustmentResult.Line pension = adjustment.months().get(0).lines().stream()
                .filter(l -> l.insurance() == InsuranceType.PENSION).findFirst().orElseThrow();
        assertThat(pension.employeeOwed()).isEqualByComparingTo("12.96");
    }

    /**
     * C5 (上海 2024年度, 8000): 个人 640 + 160 + 40 = 840.00; 单位 1280 + 720 (医疗 9 %) + 40 = 2040.00. 工伤 has a
     * range but no default in the data, so it stays out of the totals with a warning.
     */
    @Test
    void c5Shanghai2024() {
        ContributionResult result = bill(SHANGHAI, ParticipantType.EMPLOYEE, YearMonth.of(2024, 9), "8000");

        assertThat(result.totals().employee()).isEqualByComparingTo("840.00");
        assertThat(line(result, InsuranceType.PENSION).employerAmount()).isEqualByComparingTo("1280.00");
        assertThat(line(result, InsuranceType.MEDICAL).employerAmount()).isEqualByComparingTo("720.00");
        assertThat(line(result, InsuranceType.UNEMPLOYMENT).employerAmount()).isEqualByComparingTo("40.00");
        // 上海 publishes no default 工伤 rate: without the employer's rate the employer total is unknown.
        assertThat(line(result, InsuranceType.WORK_INJURY).employerAmount()).isNull();
        assertThat(result.totals().employer()).isNull();
    }

    /** C5 with the employer's own 工伤 rate (the lowest class, 0.2 %): 2040.00 + 16.00. */
    @Test
    void c5ShanghaiWithTheEmployersWorkInjuryRate() {
        ContributionRequest request = new ContributionRequest(ParticipantType.EMPLOYEE, YearMonth.of(2024, 9),
                new BigDecimal("8000"), new BigDecimal("0.002"), null, null, null);
        ContributionResult result = ContributionCalculator.calculate(request,
                PolicyData.inForce(SHANGHAI, PolicyKind.CONTRIBUTION, LocalDate.of(2024, 9, 1)));

        assertThat(line(result, InsuranceType.WORK_INJURY).employerAmount()).isEqualByComparingTo("16.00");
        assertThat(result.totals().employer()).isEqualByComparingTo("2056.00");
    }

    /** C6 (上海 2024年度, 3000 → 7384) with 见分进角: 590.80 + 147.70 + 37.00 = 775.50. */
    @Test
    void c6ShanghaiJianFenJinJiao() {
        ContributionResult result = bill(SHANGHAI, ParticipantType.EMPLOYEE, YearMonth.of(2024, 9), "3000");

        assertThat(line(result, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("590.80");
        assertThat(line(result, InsuranceType.MEDICAL).employeeAmount()).isEqualByComparingTo("147.70");
        assertThat(line(result, InsuranceType.UNEMPLOYMENT).employeeAmount()).isEqualByComparingTo("37.00");
        assertThat(result.totals().employee()).isEqualByComparingTo("775.50");
    }

    /** C7 (上海 灵活就业 from 2026-07, base 7546): 养老 1509.20 + 医疗 754.60 = 2263.80. */
    @Test
    void c7ShanghaiFlexibleAtTheFloor() {
        ContributionResult result = bill(SHANGHAI, ParticipantType.FLEXIBLE, YearMonth.of(2026, 7), "7546");

        assertThat(line(result, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("1509.20");
        assertThat(line(result, InsuranceType.MEDICAL).employeeAmount()).isEqualByComparingTo("754.60");
        assertThat(result.totals().total()).isEqualByComparingTo("2263.80");
    }

    /** C8 (上海 灵活就业 from 2026-07, chosen 40000 → 37731): 7546.20 + 3773.10 = 11319.30. */
    @Test
    void c8ShanghaiFlexibleAboveTheCeiling() {
        ContributionResult result = bill(SHANGHAI, ParticipantType.FLEXIBLE, YearMonth.of(2026, 7), "40000");

        assertThat(line(result, InsuranceType.PENSION).baseAdjustment()).isEqualTo(BaseAdjustment.CEILING);
        assertThat(result.totals().total()).isEqualByComparingTo("11319.30");
    }

    /** C9 (广州 from 2025-07, 5000 → 5510): 养老个人 440.80; 单位 881.60 on the 16 % of a third-party 2025 preset. */
    @Test
    void c9Guangzhou() {
        ContributionResult result = bill("440100-guangzhou", ParticipantType.EMPLOYEE, YearMonth.of(2025, 7), "5000");

        assertThat(line(result, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("440.80");
        assertThat(line(result, InsuranceType.PENSION).employerAmount()).isEqualByComparingTo("881.60");
    }

    /** C10 (佛山 from 2025-07, 4000 → 4775): 养老个人 382.00. */
    @Test
    void c10Foshan() {
        assertThat(line(bill("440600-foshan", ParticipantType.EMPLOYEE, YearMonth.of(2025, 7), "4000"),
                InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("382.00");
    }

    /** C11 (广东 from 2025-07, 30000 → 27549): 养老个人 2203.92. */
    @Test
    void c11Guangdong() {
        assertThat(line(bill("440000-guangdong", ParticipantType.EMPLOYEE, YearMonth.of(2025, 7), "30000"),
                InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("2203.92");
    }

    /** C12 (四川 2025): 4000 → 4588: 个人 367.04, 单位 734.08 (16 %, third-party 成都 preset); 30000 → 22938: 个人 1835.04. */
    @Test
    void c12Sichuan() {
        ContributionResult low = bill("510000-sichuan", ParticipantType.EMPLOYEE, YearMonth.of(2025, 3), "4000");
        ContributionResult high = bill("510000-sichuan", ParticipantType.EMPLOYEE, YearMonth.of(2025, 3), "30000");

        assertThat(line(low, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("367.04");
        assertThat(line(low, InsuranceType.PENSION).employerAmount()).isEqualByComparingTo("734.08");
        assertThat(line(high, InsuranceType.PENSION).employeeAmount()).isEqualByComparingTo("1835.04");
    }

    /** C13 (四川 灵活就业 2025): the data publishes no FLEXIBLE schedule for 四川, so the case is a policy gap. */
    @Test
    void c13SichuanFlexibleHasNoScheduleInTheData() {
        assertThatThrownBy(() -> bill("510000-sichuan", ParticipantType.FLEXIBLE, YearMonth.of(2025, 3), "4588"))
                .isInstanceOf(PolicyGapException.class)
                .hasMessageContaining("no FLEXIBLE schedule");
    }
}
