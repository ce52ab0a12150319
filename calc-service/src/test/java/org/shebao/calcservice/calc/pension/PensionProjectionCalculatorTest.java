package org.shebao.calcservice.calc.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.CityH;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.National;
import org.shebao.calcservice.calc.PolicyData;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.pension.PensionRequest.Overrides;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.PolicyKind;
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
        return new ProjectionRequest(RetirementCategory.MALE, BORN, d("10000"), d("1"), d("100000"), d(years), null, null, null, null,
                null, d(growth), d(interest), null,
                new Overrides(d("10000"), null, null, null, null), null, List.of());
    }

    @Test
    void withoutGrowthOrInterestTheAccountGainsEightPercentOfTheWageEachMonth() {
        ProjectionResult result = PensionProjectionCalculator.project(request("20", "0", "0"),
                TODAY, null, TABLE, null);

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
        // without a CONTRIBUTION version the wage is credited as given, and the answer says so
        assertThat(result.status().findings()).extracting(Finding::code).containsExactly(StatusCode.BOUNDS_NOT_KNOWN);
    }

    @Test
    void interestCompoundsMonthlyAtATwelfthOfTheYearlyRate() {
        ProjectionRequest request = new ProjectionRequest(RetirementCategory.MALE, BORN, d("1250"), d("1"),
                d("1000"), d("20"), null, null, null, null, null, d("0"), d("0.12"), null,
                new Overrides(d("10000"), null, null, null, null), null, List.of());

        // two months before 2026-03: (1000 × 1.01 + 100) × 1.01 + 100 = 1221.10
        ProjectionResult result = PensionProjectionCalculator.project(request,
                YearMonth.of(2029, 11), null, TABLE, null);

        assertThat(result.earliest().retirementMonth()).isEqualTo(YearMonth.of(2030, 1));
        assertThat(result.earliest().projectedBalance()).isEqualByComparingTo("1221.10");
    }

    @Test
    void wagesAndTheCalculationBaseGrowEveryTwelveMonths() {
        ProjectionResult result = PensionProjectionCalculator.project(request("20", "0.10", "0"),
                YearMonth.of(2028, 12), null, TABLE, null);

        // to 2030-01: 13 months, 12 × 800 + 1 × 880 on top of 100000
        assertThat(result.earliest().projectedBalance()).isEqualByComparingTo("110480.00");
        assertThat(result.earliest().pension().calculationBase()).isEqualByComparingTo("11000");
    }

    @Test
    void theEarliestMonthWaitsForTheMinimumContributionYears() {
        // 11 years in 2026-01: 15 in 2030-01 (< 15.5), 15.5 in 2030-07
        ProjectionResult result = PensionProjectionCalculator.project(request("11", "0", "0"),
                TODAY, null, TABLE, null);

        assertThat(result.earliest().retirementMonth()).isEqualTo(YearMonth.of(2030, 7));
        assertThat(result.earliest().contributionYears()).isEqualByComparingTo("15.5");
    }

    @Test
    void whenTheMinimumCannotBeReachedBeforeTheStatutoryMonthThereIsNoEarlyScenario() {
        ProjectionResult result = PensionProjectionCalculator.project(request("5", "0", "0"), TODAY, null, TABLE, null);

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
                null, TABLE, null);

        assertThat(result.statutory()).isNull();
        assertThat(result.earliest()).isNull();
        assertThat(result.latest().retirementMonth()).isEqualTo(YearMonth.of(2034, 5));
        assertThat(result.status().findings()).extracting(Finding::en)
                .containsExactly("no contribution base bounds are known: the wage is credited as given",
                "no statutory projection: 2031-05 is already past",
                "no earliest projection: the early-retirement window ended at 2031-05");
    }

    /**
     * A 广州 salary of 50,000 is credited at the ceiling of 440100's CONTRIBUTION version in force (27,549): 8 % =
     * 2,203.92 a month, not 4,000. Its index 27549 ÷ 10000 = 2.7549 for 64 months lifts the average of 1.0 over 20
     * years to (240 × 1 + 64 × 2.7549) ÷ 304 = 1.3695.
     */
    @Test
    void aWageAboveTheCeilingCreditsTheCeiling() {
        BaseBounds bounds = BaseBounds.of(PolicyData.inForce("440100-guangzhou", PolicyKind.CONTRIBUTION,
                LocalDate.of(2026, 1, 1)));
        ProjectionRequest request = new ProjectionRequest(RetirementCategory.MALE, BORN, d("50000"), d("1"),
                d("100000"), d("20"), null, null, null, null, null, d("0"), d("0"), null,
                new Overrides(d("10000"), null, null, null, null),
                null, List.of());

        ProjectionResult result = PensionProjectionCalculator.project(request, TODAY, null, TABLE, bounds);

        assertThat(bounds.ceiling()).isEqualByComparingTo("27549");
        assertThat(result.creditedWage()).isEqualByComparingTo("27549");
        assertThat(result.monthlyCredit()).isEqualByComparingTo("2203.92");
        // 64 months to 2031-05: 100000 + 64 × 2203.92
        assertThat(result.statutory().projectedBalance()).isEqualByComparingTo("241050.88");
        assertThat(result.statutory().averageIndex()).isEqualByComparingTo("1.3695");
        assertThat(result.statutory().pension().basic()).isEqualByComparingTo(
                new BigDecimal("10000").multiply(new BigDecimal("2.3695")).divide(new BigDecimal("2"))
                        .multiply(new BigDecimal("25.3333")).movePointLeft(2).setScale(2, RoundingMode.HALF_UP));
        assertThat(result.assumptions()).extracting(Assumption::name).containsExactly("annualWageGrowth",
                "baseGrowthRate", "annualAccountInterest", "accountRate", "baseFloor", "baseCeiling",
                "calculationBase");
        assertThat(result.status().findings()).isEmpty();
    }

    @Test
    void aWageBelowTheFloorCreditsTheFloor() {
        BaseBounds bounds = BaseBounds.of(PolicyData.inForce("440100-guangzhou", PolicyKind.CONTRIBUTION,
                LocalDate.of(2026, 1, 1)));
        ProjectionRequest request = new ProjectionRequest(RetirementCategory.MALE, BORN, d("3000"), d("1"),
                d("0"), d("20"), null, null, null, null, null, d("0"), d("0"), null,
                new Overrides(d("10000"), null, null, null, null), null, List.of());

        ProjectionResult result = PensionProjectionCalculator.project(request, TODAY, null, TABLE, bounds);

        assertThat(result.creditedWage()).isEqualByComparingTo("5510");
        assertThat(result.monthlyCredit()).isEqualByComparingTo("440.80");
    }

    /** The bounds grow by baseGrowthRate (5 %), the wage by annualWageGrowth (10 %): 30000 → 33000 meets 28926.45. */
    @Test
    void theBoundsGrowByTheBaseGrowthAndTheWageByItsOwn() {
        BaseBounds bounds = new BaseBounds(d("5510"), d("27549"), CityH.ref(PolicyKind.CONTRIBUTION));
        ProjectionRequest request = new ProjectionRequest(RetirementCategory.MALE, BORN, d("20000"), d("1"),
                d("0"), d("20"), null, null, null, null, null, d("0.10"), d("0"), null,
                new Overrides(d("10000"), null, null, null, null),
                d("0.05"), List.of());

        ProjectionResult result = PensionProjectionCalculator.project(request, YearMonth.of(2028, 12), null, TABLE,
                bounds);

        // 13 months to 2030-01: 12 × 20000 × 8 % + 1 × min(22000, 28926.45) × 8 % = 19200 + 1760
        assertThat(result.earliest().projectedBalance()).isEqualByComparingTo("20960.00");
        // the 计发基数 grows by the base growth: 10000 × 1.05
        assertThat(result.earliest().pension().calculationBase()).isEqualByComparingTo("10500");
        assertThat(result.assumptions()).filteredOn(a -> a.name().equals("baseGrowthRate"))
                .extracting(Assumption::basis).singleElement().asString().startsWith("request");
    }

    @Test
    void invalidAssumptionsAreNamed() {
        ProjectionRequest negativeGrowth = new ProjectionRequest(RetirementCategory.MALE, BORN, d("10000"), d("1"),
                d("0"), d("1"), null, null, null, null, null, d("-1"), d("0"), null, null, null, List.of());

        assertThatThrownBy(() -> PensionProjectionCalculator.project(negativeGrowth, TODAY, null, TABLE, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("annualWageGrowth"));
        assertThatThrownBy(() -> PensionProjectionCalculator.project(request("1", "0", "0"), null, null, TABLE, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("today"));
        assertThatThrownBy(() -> PensionProjectionCalculator.project(request("1", "0", "0"), YearMonth.of(1960, 1),
                null, TABLE, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("today"));
    }
}
