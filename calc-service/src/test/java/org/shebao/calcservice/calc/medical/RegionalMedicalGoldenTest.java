package org.shebao.calcservice.calc.medical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.PolicyData;
import org.shebao.calcservice.calc.medical.ResidentQuoteRequest.Member;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.ResidentCategory;

/**
 * Golden cases M1 and M2 (§7.2) and A3 and A4 (§7.3) with the national fees and the regional lifetime-eligibility rules
 * read from the policy data files.
 */
class RegionalMedicalGoldenTest {

    /** M1: coverage year 2025, 3 adults at the national minimum 400 → 1200, flagged as a minimum. */
    @Test
    void m1ThreeAdultsIn2025() {
        ResidentQuoteResult result = ResidentQuoteCalculator.calculate(
                new ResidentQuoteRequest(2025, List.of(new Member(ResidentCategory.ADULT, 3)), true, 0, 0, false, null),
                PolicyData.inForce("100000-national", PolicyKind.RESIDENT_MEDICAL, LocalDate.of(2025, 6, 1)));

        assertThat(result.total()).isEqualByComparingTo("1200");
        assertThat(result.waitingMonths()).isZero();
        assertThat(result.status().findings()).extracting(Finding::en)
                .singleElement().asString().contains("national minimums");
    }

    /**
     * The national 2026 version carries the continuity rules (医保办发〔2021〕43号): a request that leaves the case open
     * gets the waiting period per case, the switch from 职工医保 among them.
     */
    @Test
    void nationalContinuityRulesGiveTheSwitchCase() {
        ResidentQuoteResult result = ResidentQuoteCalculator.calculate(
                new ResidentQuoteRequest(2026, List.of(new Member(ResidentCategory.ADULT, 1)), null, null, null, null,
                        null),
                PolicyData.inForce("100000-national", PolicyKind.RESIDENT_MEDICAL, LocalDate.of(2026, 6, 1)));

        assertThat(result.waitingMonths()).isNull();
        assertThat(result.waitingCases()).extracting(ResidentQuoteResult.WaitingCase::months).containsExactly(0, 3, 0);
        assertThat(result.waitingCases().get(2).rule()).contains("连续参保满2年", "不超过3个月");
    }

    /** M2 (R*, coverage-year reading): coverage year 2024, one person → 380. */
    @Test
    void m2OnePersonIn2024() {
        ResidentQuoteResult result = ResidentQuoteCalculator.calculate(
                new ResidentQuoteRequest(2024, List.of(new Member(ResidentCategory.ADULT, 1)), true, 0, 0, false, null),
                PolicyData.inForce("100000-national", PolicyKind.RESIDENT_MEDICAL, LocalDate.of(2024, 6, 1)));

        assertThat(result.total()).isEqualByComparingTo("380");
    }

    /** A3 (广东, retiring 2030-01): 28 years with 12 local; men need 30 and ≥ 10 local → 24 months short. */
    @Test
    void a3Guangdong() {
        LifetimeEligibilityResult male = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 336, 144, YearMonth.of(2030, 1)),
                PolicyData.inForce("440000-guangdong", PolicyKind.MEDICAL_BENEFIT, LocalDate.of(2030, 1, 1)));
        LifetimeEligibilityResult female = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.FEMALE, 336, 144, YearMonth.of(2030, 1)),
                PolicyData.inForce("440000-guangdong", PolicyKind.MEDICAL_BENEFIT, LocalDate.of(2030, 1, 1)));

        assertThat(male.eligible()).isFalse();
        assertThat(male.gapMonths()).isEqualTo(24);
        assertThat(male.localGapMonths()).isZero();
        assertThat(female.eligible()).isTrue();
    }

    /** A4 (上海 "累计超过15年"): 16 years → eligible; exactly 180 months → one month short, flagged. */
    @Test
    void a4Shanghai() {
        LocalDate date = LocalDate.of(2026, 1, 1);
        LifetimeEligibilityResult sixteen = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.FEMALE, 192, null, YearMonth.of(2026, 1)),
                PolicyData.inForce("310000-shanghai", PolicyKind.MEDICAL_BENEFIT, date));
        LifetimeEligibilityResult fifteen = LifetimeEligibilityCalculator.calculate(
                new LifetimeEligibilityRequest(Gender.MALE, 180, null, YearMonth.of(2026, 1)),
                PolicyData.inForce("310000-shanghai", PolicyKind.MEDICAL_BENEFIT, date));

        assertThat(sixteen.eligible()).isTrue();
        assertThat(fifteen.eligible()).isFalse();
        assertThat(fifteen.gapMonths()).isEqualTo(1);
        assertThat(fifteen.status().findings()).extracting(Finding::en)
                .singleElement().asString().contains("exactly 180 months");
    }
}
