package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.shebao.contract.payload.Band;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.ContributionLine;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.HospitalLevelRule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.Rounding;

class PayloadValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Map<String, String> violations(Object value) {
        Set<ConstraintViolation<Object>> found = validator.validate(value);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage,
                (a, b) -> a + "; " + b));
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
}
