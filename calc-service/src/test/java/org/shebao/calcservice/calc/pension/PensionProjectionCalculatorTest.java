package org.shebao.calcservice.calc.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shebao.calcservice.calc.CityH.d;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.National;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.pension.PensionRequest.Overrides;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.payload.AnnuityAgeRule;
import org.shebao.contract.payload.PensionPolicy;

/**
 * Projections for the T6 person (male born 1970-01: statutory 2031-05, window 2030-01 … 2034-05) from 2026-01, with
 * city H's 计发基数 10000 given as an override and the national 计发月数 table.
 */
class PensionProjectionCalculatorTest {

    private static final SourcedPolicy<PensionPolicy> TABLE = National.annuityTable(AnnuityAgeRule.COMPLETED_YEARS);
    private static final YearMonth TODAY = YearMonth.of(2026, 1);
    private static final YearMonth BORN = YearMonth.of(1970, 1);

    private static ProjectionRequest request(String years, String growth, String interest) {
        return new ProjectionRequest(RetirementCategory.MALE, BORN, d("10000"), d("1"), d("100000"), d(years), null,
                null, d(growth), d(interest), null, new Overrides(d("10000"), null, null, null));
    }

    @Test
    void withoutGrowthOrInterestTheAccountGainsEightPercentOfTheWageEachMonth() {
        ProjectionResult result = PensionProjectionCalculator.project(request("20", "0", "0"), TODAY, null, TABLE);

        // 64 months to 2031-05: 100000 + 64 × 800
        assertThat(result.statutory().retirementMonth()).isEqualTo(YearMonth.of(2031, 5));
        assertThat(result.statutory().projectedBalance()).isEqualByComparingTo("151200.00");
        assertThat(result.statutory().contributionYears()).isEqualByComparingTo("25.3333");
        // 10000 × 25.3333 % = 2533.33; 151200 / 139 (age 61 → 132: retires at 61岁4个月) = 1145.45
        assertThat(result.statutory().pension().basic()).isEqualByComparingTo("2533.33");
        assertThat(result.statutory().pension().annuityMonths()).isEqualByComparingTo("132");
        assertThat(result.statutory().pension().personalAccount()).isEqualByComparingTo("1145.45");

        // earliest 2030-01: 48 months, 24 years ≥ the 2030 minimum of 15.5
        assertThat(result.earliest().retirementMonth()).isEqualTo(YearMonth.of(2030, 1));
        assertThat(result.earliest().projectedBalance()).isEqualByComparingTo("138400.00");
        assertThat(result.earliest().pension().annuityMonths()).isEqualByComparingTo("139");
        // latest 2034-05: 100 months
        assertThat(result.latest().retirementMonth()).isEqualTo(YearMonth.of(2034, 5));
        assertThat(result.latest().projectedBalance()).isEqualByComparingTo("180000.00");
        assertThat(result.status().findings()).extracting(Finding::en).isEmpty();
    }

    @Test
    void interestCompoundsMonthlyAtATwelfthOfTheYearlyRate() {
        ProjectionRequest request = new ProjectionRequest(RetirementCategory.MALE, BORN, d("1250"), d("1"),
                d("1000"), d("20"), null, null, d("0"), d("0.12"), null, new Overrides(d("10000"), null, null, null));

        // two months before 2026-03: (1000 × 1.01 + 100) × 1.01 + 100 = 1221.10
        ProjectionResult result = PensionProjectionCalculator.project(request, YearMonth.of(2029, 11), null, TABLE);

        assertThat(result.earliest().retirementMonth()).isEqualTo(YearMonth.of(2030, 1));
        assertThat(result.earliest().projectedBalance()).isEqualByComparingTo("1221.10");
    }

    @Test
    void wagesAndTheCalculationBaseGrowEveryTwelveMonths() {
        ProjectionResult result = PensionProjectionCalculator.project(request("20", "0.10", "0"),
                YearMonth.of(2028, 12), null, TABLE);

        // to 2030-01: 13 months, 12 × 800 + 1 × 880 on top of 100000
        assertThat(result.earliest().projectedBalance()).isEqualByComparingTo("110480.00");
        assertThat(result.earliest().pension().calculationBase()).isEqualByComparingTo("11000");
    }

    @Test
    void theEarliestMonthWaitsForTheMinimumContributionYears() {
        // 11 years in 2026-01: 15 in 2030-01 (< 15.5), 15.5 in 2030-07
        ProjectionResult result = PensionProjectionCalculator.project(request("11", "0", "0"), TODAY, null, TABLE);

        assertThat(result.earliest().retirementMonth()).isEqualTo(YearMonth.of(2030, 7));
        assertThat(result.earliest().contributionYears()).isEqualByComparingTo("15.5");
    }

    @Test
    void whenTheMinimumCannotBeReachedBeforeTheStatutoryMonthThereIsNoEarlyScenario() {
        ProjectionResult result = PensionProjectionCalculator.project(request("5", "0", "0"), TODAY, null, TABLE);

        assertThat(result.earliest()).isNull();
        assertThat(result.status().findings()).extracting(Finding::en)
                .anySatisfy(w -> assertThat(w).startsWith("no flexible early retirement"));
        // at the statutory month 5 + 5.3333 years fall short of the 2031 minimum of 16
        assertThat(result.statutory().pension().status().findings()).extracting(Finding::en)
                .anySatisfy(w -> assertThat(w).contains("minimum of 16"));
    }

    @Test
    void scenariosAlreadyPastAreLeftOut() {
        // today 2032-01 is after the statutory month 2031-05, still within the late window
        ProjectionResult result = PensionProjectionCalculator.project(request("30", "0", "0"), YearMonth.of(2032, 1),
                null, TABLE);

        assertThat(result.statutory()).isNull();
        assertThat(result.earliest()).isNull();
        assertThat(result.latest().retirementMonth()).isEqualTo(YearMonth.of(2034, 5));
        assertThat(result.status().findings()).extracting(Finding::en)
                .containsExactly("no statutory projection: 2031-05 is already past",
                "no earliest projection: the early-retirement window ended at 2031-05");
    }

    @Test
    void invalidAssumptionsAreNamed() {
        ProjectionRequest negativeGrowth = new ProjectionRequest(RetirementCategory.MALE, BORN, d("10000"), d("1"),
                d("0"), d("1"), null, null, d("-1"), d("0"), null, null);

        assertThatThrownBy(() -> PensionProjectionCalculator.project(negativeGrowth, TODAY, null, TABLE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("annualWageGrowth"));
        assertThatThrownBy(() -> PensionProjectionCalculator.project(request("1", "0", "0"), null, null, TABLE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("today"));
        assertThatThrownBy(() -> PensionProjectionCalculator.project(request("1", "0", "0"), YearMonth.of(1960, 1),
                null, TABLE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("today"));
    }
}
