package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.GuideProcedure;
import org.shebao.contract.payload.ProcedureType;

class PolicyTimelineTest {

    static PublishedPolicy version(String region, int number, String from, String to, long publishedRevision) {
        GuidePolicy payload = new GuidePolicy(List.of(new GuideProcedure(ProcedureType.MEDICAL_CARD_APPLICATION, null,
                null, "v" + number, List.of(new GuideProcedure.Material("身份证", true, null, null)), null, null, null)));
        return new PublishedPolicy(region, PolicyKind.GUIDE, number, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), Instant.EPOCH, publishedRevision, Confidence.OFFICIAL, null,
                null, null, payload);
    }

    @Test
    void picksTheVersionWhosePeriodCoversTheDate() {
        PolicyTimeline timeline = new PolicyTimeline("110000", PolicyKind.GUIDE, 2,
                List.of(version("110000", 1, "2024-07-01", "2025-07-01", 1), version("110000", 2, "2025-07-01", null, 2)));

        assertThat(timeline.inForceOn(LocalDate.parse("2025-06-30"))).map(PublishedPolicy::version).contains(1);
        assertThat(timeline.inForceOn(LocalDate.parse("2025-07-01"))).map(PublishedPolicy::version).contains(2);
        assertThat(timeline.inForceOn(LocalDate.parse("2030-01-01"))).map(PublishedPolicy::version).contains(2);
        assertThat(timeline.inForceOn(LocalDate.parse("2024-06-30"))).isEmpty();
    }

    @Test
    void aCorrectionPublishedLaterWinsWhereBothCover() {
        PolicyTimeline timeline = new PolicyTimeline("110000", PolicyKind.GUIDE, 3,
                List.of(version("110000", 2, "2025-07-01", null, 3), version("110000", 1, "2025-07-01", null, 1)));

        assertThat(timeline.inForceOn(LocalDate.parse("2025-08-01"))).map(PublishedPolicy::version).contains(2);
    }

    @Test
    void roundsAsThePolicyStates() {
        var shanghaiJiao = new org.shebao.contract.payload.Rounding(1, RoundingMode.UP,
                org.shebao.contract.payload.Rounding.Scope.LINE);
        assertThat(shanghaiJiao.apply(new java.math.BigDecimal("590.72"))).isEqualByComparingTo("590.8");
        assertThat(org.shebao.contract.payload.Rounding.FEN_HALF_UP.apply(new java.math.BigDecimal("34.105")))
                .isEqualByComparingTo("34.11");
    }
}
