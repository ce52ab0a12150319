package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.junit.jupiter.api.Test;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.ContributionLine;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.Rounding;

class PolicyEventJsonTest {

    private final ObjectMapper mapper = PolicyJson.newMapper();

    static ContributionPolicy beijingPension() {
        ContributionLine pension = new ContributionLine(InsuranceType.PENSION, "养老保险", null, new BigDecimal("0.16"),
                new BigDecimal("0.08"), null, null, null, null);
        ContributionSchedule employee = new ContributionSchedule(
                new BaseRange(new BigDecimal("7162"), new BigDecimal("35811")), List.of(pension), null, null);
        return new ContributionPolicy(Map.of(ParticipantType.EMPLOYEE, employee), Rounding.FEN_HALF_UP);
    }

    @Test
    void aTimelineEventSurvivesTheRoundTripWithItsTypedPayloadAndExactDecimals() throws Exception {
        PublishedPolicy version = new PublishedPolicy("110000", PolicyKind.CONTRIBUTION, 2, LocalDate.parse("2025-07-01"),
                null, Instant.parse("2025-09-18T08:00:00Z"), 7, Confidence.THIRD_PARTY,
                new PolicySource("京人社发〔2025〕11号", "2025年度社保缴费基数", "https://example.org/notice",
                        LocalDate.parse("2025-09-18"), "下限7162元、上限35811元", null),
                LocalDate.parse("2026-11-01"), null, beijingPension());
        PolicyEvent event = PolicyEvent.of(new PolicyTimeline("110000", PolicyKind.CONTRIBUTION, 7, List.of(version)),
                Instant.parse("2025-09-18T08:00:01Z"));

        String json = mapper.writeValueAsString(event);
        PolicyEvent read = mapper.readValue(json, PolicyEvent.class);

        assertThat(read).isEqualTo(event);
        assertThat(read.key()).isEqualTo("policy/110000/CONTRIBUTION");
        ContributionPolicy payload = (ContributionPolicy) read.timeline().versions().get(0).payload();
        assertThat(payload.participants().get(ParticipantType.EMPLOYEE).lines().get(0).employeeRate())
                .isEqualTo(new BigDecimal("0.08"));
        assertThat(json).contains("\"effectiveFrom\":\"2025-07-01\"").doesNotContain("\"region\":");
    }

    @Test
    void unknownFieldsAreRejected() {
        String json = "{\"participants\":{},\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\",\"appliesTo\":\"LINE\"},"
                + "\"typo\":1}";
        assertThatThrownBy(() -> mapper.readValue(json, ContributionPolicy.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("typo");
    }
}
