package org.shebao.calcservice.calc.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shebao.calcservice.calc.CityH.d;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.CityH;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Unknown;
import org.shebao.calcservice.calc.contribution.AdjustmentRequest.Month;
import org.shebao.calcservice.calc.contribution.AdjustmentRequest.PaidLine;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.Rounding;

/**
 * 补差 in the hypothetical city H, in the shape of C4: the new year's floor (6800 → 7200) is published late and applies
 * retroactively; a wage of 7000 was billed on itself and must now be billed on the new floor.
 */
class ContributionAdjustmentCalculatorTest {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final YearMonth JULY = YearMonth.of(2025, 7);

    private static SourcedPolicy<ContributionPolicy> version(int version, String floor) {
        ContributionSchedule schedule = new ContributionSchedule(new BaseRange(d(floor), d("30000")), List.of(
                CityH.line(InsuranceType.PENSION, "养老保险", d("0.16"), d("0.08"), null)), null, null);
        return SourcedPolicy.of(new PolicyRef(CityH.REGION, PolicyKind.CONTRIBUTION, version),
                new ContributionPolicy(Map.of(ParticipantType.EMPLOYEE, schedule), Rounding.FEN_HALF_UP));
    }

    private static final SourcedPolicy<ContributionPolicy> OLD_YEAR = version(1, "6800");
    private static final SourcedPolicy<ContributionPolicy> NEW_YEAR = version(2, "7200");

    @Test
    void c4ShapeAMonthOfTheNewYearOwesTheDifferenceOnTheRaisedFloor() {
        AdjustmentRequest request = new AdjustmentRequest(ParticipantType.EMPLOYEE, null, List.of(
                new Month(JUNE, d("7000"), null),
                new Month(JULY, d("7000"), null)));
        Map<YearMonth, AdjustmentPolicies> policies = Map.of(
                JUNE, new AdjustmentPolicies(OLD_YEAR, OLD_YEAR),
                JULY, new AdjustmentPolicies(OLD_YEAR, NEW_YEAR));

        AdjustmentResult result = ContributionAdjustmentCalculator.calculate(request, policies);

        AdjustmentResult.Line june = result.months().get(0).lines().get(0);
        assertThat(june.employeePaid()).isEqualByComparingTo("560.00");
        assertThat(june.employeeOwed()).isEqualByComparingTo("0");
        AdjustmentResult.Line july = result.months().get(1).lines().get(0);
        assertThat(july.employeePaid()).isEqualByComparingTo("560.00");
        assertThat(july.employeeDue()).isEqualByComparingTo("576.00");
        assertThat(july.employeeOwed()).isEqualByComparingTo("16.00");
        assertThat(july.employerOwed()).isEqualByComparingTo("32.00");
        assertThat(result.totals().employee()).isEqualByComparingTo("16.00");
        assertThat(result.totals().employer()).isEqualByComparingTo("32.00");
        assertThat(result.totals().total()).isEqualByComparingTo("48.00");
    }

    @Test
    void statedPaidAmountsReplaceThePolicyThenAndLinesNoLongerBilledAreRefunded() {
        AdjustmentRequest request = new AdjustmentRequest(ParticipantType.EMPLOYEE, null, List.of(
                new Month(JULY, d("7000"), List.of(
                        new PaidLine(InsuranceType.PENSION, d("1120.00"), d("550.00")),
                        new PaidLine(InsuranceType.MATERNITY, d("50.00"), null)))));

        AdjustmentResult result = ContributionAdjustmentCalculator.calculate(request,
                Map.of(JULY, new AdjustmentPolicies(null, NEW_YEAR)));

        List<AdjustmentResult.Line> lines = result.months().get(0).lines();
        assertThat(lines.get(0).employeeOwed()).isEqualByComparingTo("26.00");
        assertThat(lines.get(0).employerOwed()).isEqualByComparingTo("32.00");
        assertThat(lines.get(1).insurance()).isEqualTo(InsuranceType.MATERNITY);
        assertThat(lines.get(1).employerOwed()).isEqualByComparingTo("-50.00");
        assertThat(result.months().get(0).owed().employer()).isEqualByComparingTo("-18.00");
        assertThat(result.totals().employee()).isEqualByComparingTo("26.00");
    }

    /** A rate the version billed under left unpublished means the amount paid is unknown, not 0. */
    @Test
    void whatWasBilledUnderAnUnpublishedRateIsUnknownAndSoIsWhatIsOwed() {
        ContributionSchedule then = new ContributionSchedule(new BaseRange(d("6800"), d("30000")), List.of(
                CityH.line(InsuranceType.PENSION, "养老保险", null, d("0.08"), null)), null, null);
        SourcedPolicy<ContributionPolicy> thenVersion = SourcedPolicy.of(
                new PolicyRef(CityH.REGION, PolicyKind.CONTRIBUTION, 1),
                new ContributionPolicy(Map.of(ParticipantType.EMPLOYEE, then), Rounding.FEN_HALF_UP));
        AdjustmentRequest request = new AdjustmentRequest(ParticipantType.EMPLOYEE, null,
                List.of(new Month(JULY, d("7000"), null)));

        AdjustmentResult result = ContributionAdjustmentCalculator.calculate(request,
                Map.of(JULY, new AdjustmentPolicies(thenVersion, NEW_YEAR)));

        AdjustmentResult.Line pension = result.months().get(0).lines().get(0);
        assertThat(pension.employerPaid()).isNull();
        assertThat(pension.employerOwed()).isNull();
        assertThat(pension.employeeOwed()).isEqualByComparingTo("16.00");
        assertThat(result.totals().employer()).isNull();
        assertThat(result.status().unknown()).containsExactly(
                new Unknown("months[0].lines[0].employerPaid", StatusCode.RATE_NOT_PUBLISHED),
                new Unknown("months[0].lines[0].employerOwed", StatusCode.RATE_NOT_PUBLISHED),
                new Unknown("months[0].owed.employer", StatusCode.RATE_NOT_PUBLISHED),
                new Unknown("months[0].owed.total", StatusCode.RATE_NOT_PUBLISHED),
                new Unknown("totals.employer", StatusCode.RATE_NOT_PUBLISHED),
                new Unknown("totals.total", StatusCode.RATE_NOT_PUBLISHED));
        assertThat(result.status().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.field()).isEqualTo("months[0].lines[0].employerPaid");
            assertThat(finding.en()).startsWith("2025-07 (as billed): 养老保险: employer rate not published in H/");
            assertThat(finding.zh()).startsWith("2025-07（原缴费）：养老保险：");
        });
    }

    @Test
    void aMonthWithoutPolicyNowIsAPolicyGap() {
        AdjustmentRequest request = new AdjustmentRequest(ParticipantType.EMPLOYEE, null,
                List.of(new Month(JULY, d("7000"), null)));

        assertThatThrownBy(() -> ContributionAdjustmentCalculator.calculate(request, Map.of()))
                .isInstanceOf(PolicyGapException.class)
                .hasMessageContaining("2025-07");
    }

    @Test
    void aMonthWithNeitherPaidAmountsNorPolicyThenIsAPolicyGap() {
        AdjustmentRequest request = new AdjustmentRequest(ParticipantType.EMPLOYEE, null,
                List.of(new Month(JULY, d("7000"), null)));

        assertThatThrownBy(() -> ContributionAdjustmentCalculator.calculate(request,
                Map.of(JULY, new AdjustmentPolicies(null, NEW_YEAR))))
                .isInstanceOf(PolicyGapException.class)
                .hasMessageContaining("no amounts paid given");
    }

    @Test
    void invalidMonthsAreNamedByTheirIndex() {
        Map<YearMonth, AdjustmentPolicies> policies = Map.of(JULY, new AdjustmentPolicies(OLD_YEAR, NEW_YEAR));

        assertThatThrownBy(() -> ContributionAdjustmentCalculator.calculate(new AdjustmentRequest(
                ParticipantType.EMPLOYEE, null, List.of(new Month(JULY, d("7000"), null),
                        new Month(JULY, d("7000"), null))), policies))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("months[1].month"));
        assertThatThrownBy(() -> ContributionAdjustmentCalculator.calculate(new AdjustmentRequest(
                ParticipantType.EMPLOYEE, null, List.of(new Month(JULY, d("-1"), null))), policies))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("months[0].wage"));
        assertThatThrownBy(() -> ContributionAdjustmentCalculator.calculate(new AdjustmentRequest(
                ParticipantType.EMPLOYEE, null, List.of()), policies))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("months"));
    }
}
