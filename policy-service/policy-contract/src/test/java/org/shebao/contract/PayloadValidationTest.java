package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shebao.contract.payload.Band;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.ContributionLine;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.HospitalLevelRule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.LocalBase;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.PensionComponent;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.TransitionalIndex;
import org.shebao.contract.payload.TransitionalYears;

class PayloadValidationTest {

    private static Map<String, String> violations(Object value) {
        return Violations.of(value);
    }

    @Test
    void aValidPolicyHasNoViolations() {
        assertThat(violations(PolicyEventJsonTest.beijingPension())).isEmpty();
    }

    @Test
    void ratesArePercentsWrittenAsDecimalsAndTheFieldIsNamed() {
        ContributionLine pension = new ContributionLine(InsuranceType.PENSION, "养老保险", null, new BigDecimal("16"),
                new BigDecimal("0.08"), null, null, null, null);
        ContributionPolicy policy = new ContributionPolicy(Map.of(ParticipantType.EMPLOYEE, new ContributionSchedule(
                new BaseRange(new BigDecimal("7162"), new BigDecimal("35811")), List.of(pension), null, null)),
                Rounding.FEN_HALF_UP);

        assertThat(violations(policy)).containsOnlyKeys("participants[EMPLOYEE].lines[0].employerRate");
    }

    @Test
    void aFloorAboveTheCeilingIsReportedOnTheCeiling() {
        ContributionLine pension = new ContributionLine(InsuranceType.PENSION, "养老保险", null, new BigDecimal("0.16"),
                null, null, null, null, null);
        ContributionPolicy policy = new ContributionPolicy(Map.of(ParticipantType.EMPLOYEE, new ContributionSchedule(
                new BaseRange(new BigDecimal("35811"), new BigDecimal("7162")), List.of(pension), null, null)),
                new Rounding(2, RoundingMode.UNNECESSARY, Rounding.Scope.LINE));

        assertThat(violations(policy))
                .containsEntry("participants[EMPLOYEE].base.ceiling", "must not be below floor 35811")
                .containsEntry("rounding.mode", "UNNECESSARY is not a rounding rule");
    }

    @Test
    void bandsMustStartAtZeroAndRise() {
        HospitalLevelRule level = new HospitalLevelRule(3, new BigDecimal("1300"), null, List.of(
                new Band(new BigDecimal("100"), new BigDecimal("0.85")),
                new Band(new BigDecimal("100"), new BigDecimal("0.9"))));

        assertThat(violations(level)).containsOnlyKeys("bands[0].from", "bands[1].from");
    }

    @Test
    void aLineWithRatesNeedsABase() {
        ContributionLine pension = new ContributionLine(InsuranceType.PENSION, "养老保险", null, new BigDecimal("0.16"),
                null, null, null, null, null);
        ContributionSchedule schedule = new ContributionSchedule(null, List.of(pension), null, null);

        assertThat(violations(schedule)).containsOnlyKeys("lines[0].base");
    }

    private static PensionComponent component(PensionComponent.Type type, String amount, PensionComponent.Years years,
            String divisor) {
        return new PensionComponent("加发", type, amount == null ? null : new BigDecimal(amount), null, years, null,
                null, divisor == null ? null : new BigDecimal(divisor), null, null, null, null);
    }

    @Test
    void aPensionComponentCarriesExactlyTheFieldsOfItsType() {
        assertThat(violations(component(PensionComponent.Type.PER_YEAR, "4", PensionComponent.Years.CONTRIBUTION,
                null))).isEmpty();
        assertThat(violations(component(PensionComponent.Type.PER_YEAR, null, null, null)))
                .containsOnlyKeys("amount", "years");
        assertThat(violations(component(PensionComponent.Type.NOTIONAL_ACCOUNT, null, null, null)))
                .containsEntry("divisor", "is required with type NOTIONAL_ACCOUNT");
        assertThat(violations(component(PensionComponent.Type.NOTIONAL_ACCOUNT, null, null, "0")))
                .containsOnlyKeys("divisor");
        assertThat(violations(component(PensionComponent.Type.FIXED, "100", PensionComponent.Years.CONTRIBUTION,
                null))).containsEntry("years", "is not used by type FIXED");
    }

    @Test
    void yearBandsComeWithTheirTypeAndInIncreasingOrder() {
        PensionComponent.YearBand from20 = new PensionComponent.YearBand(BigDecimal.valueOf(20), new BigDecimal("0.0015"));
        PensionComponent.YearBand from25 = new PensionComponent.YearBand(BigDecimal.valueOf(25), new BigDecimal("0.002"));
        assertThat(violations(banded(List.of(from20, from25)))).isEmpty();
        assertThat(violations(banded(List.of(from25, from20)))).containsOnlyKeys("yearBands[1].above");
        assertThat(violations(banded(null))).containsEntry("yearBands", "is required with type BASIC_WAGE_YEAR_BANDS");
    }

    private static PensionComponent banded(List<PensionComponent.YearBand> bands) {
        return new PensionComponent("增发", PensionComponent.Type.BASIC_WAGE_YEAR_BANDS, null, null,
                PensionComponent.Years.CONTRIBUTION, null, null, null, null, bands, new BigDecimal("20"), null);
    }

    @Test
    void aLocalBaseNamesEachCityOnce() {
        LocalBase.CityBase zhengzhou = new LocalBase.CityBase("410100", new BigDecimal("7933"));
        assertThat(violations(new LocalBase(List.of(LocalBase.Part.TRANSITIONAL), List.of(zhengzhou, zhengzhou),
                LocalBase.Elsewhere.UNKNOWN))).containsOnlyKeys("cities[1].regionCode");
        assertThat(violations(new LocalBase(List.of(LocalBase.Part.TRANSITIONAL), List.of(zhengzhou),
                LocalBase.Elsewhere.UNKNOWN))).isEmpty();
    }

    @Test
    void aFixedTransitionalIndexHasAValueAndOnlyThen() {
        assertThat(violations(new TransitionalIndex(TransitionalIndex.Rule.FIXED, null, null)))
                .containsOnlyKeys("value");
        assertThat(violations(new TransitionalIndex(TransitionalIndex.Rule.OWN, BigDecimal.ONE, null)))
                .containsOnlyKeys("value");
        assertThat(violations(new TransitionalIndex(TransitionalIndex.Rule.FIXED, BigDecimal.ONE, new BigDecimal("0.75"))))
                .containsOnlyKeys("floor");
    }

    @Test
    void yearsBeforeTheAccountNeedTheAccountStart() {
        PensionPolicy policy = new PensionPolicy(new BigDecimal("9493"), 2025, new BigDecimal("0.6"),
                new BigDecimal("0.012"), null, TransitionalYears.BEFORE_ACCOUNT, null, null, null, null,
                List.of(component(PensionComponent.Type.FIXED, "100", null, null)), null, null, null, null, null, null,
                null);

        assertThat(violations(policy)).containsOnlyKeys("transitionalFormula", "personalAccountStart");
    }
}
