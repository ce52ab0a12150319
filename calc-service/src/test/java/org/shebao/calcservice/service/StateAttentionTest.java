package org.shebao.calcservice.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shebao.calcservice.api.StateAnswer.Attention;
import org.shebao.calcservice.api.StateAnswer.AttentionStatus;
import org.shebao.calcservice.state.PolicyState;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyEvent;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicyTimeline;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;
import org.shebao.contract.payload.CarryForwardPolicy;
import org.shebao.contract.payload.PolicyPayload;

/** Which of the held timelines {@code GET /api/v1/state} lists as going stale, by the contract's resolution rule. */
class StateAttentionTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private final PolicyState state = new PolicyState();
    private final StateService service = new StateService();

    @BeforeEach
    void holdRegionsAndTheNationalRule() {
        service.state = state;
        hold(new Region(Region.NATION, "全国", RegionLevel.NATIONAL, null, 1));
        hold(new Region("440000", "广东省", RegionLevel.PROVINCE, Region.NATION, 7));
        hold(new Region("440100", "广州市", RegionLevel.CITY, "440000", 7));
        hold(new Region("440300", "深圳市", RegionLevel.CITY, "440000", 7));
        hold(new PolicyTimeline(Region.NATION, PolicyKind.CARRY_FORWARD, 1, List.of(version(Region.NATION,
                PolicyKind.CARRY_FORWARD, 1, "2020-01-01", null, new CarryForwardPolicy(List.of(
                        new CarryForwardPolicy.Rule(PolicyKind.CONTRIBUTION, 12, null)))))));
    }

    @Test
    void anEndedVersionWithinTheLimitIsProvisionalAndSaysUntilWhen() {
        holdContribution("440100", "2024-07-01", "2025-07-01", "2025-07-01", "2026-07-01");

        assertThat(service.attention(TODAY)).containsExactly(new Attention("440100", PolicyKind.CONTRIBUTION,
                AttentionStatus.PROVISIONAL, 2, LocalDate.parse("2025-07-01"), LocalDate.parse("2026-07-01"),
                LocalDate.parse("2027-07-01")));
    }

    @Test
    void anEndedVersionPastTheLimitIsExpired() {
        holdContribution("440100", "2024-07-01", "2025-07-01");

        assertThat(service.attention(TODAY)).extracting(Attention::status).containsExactly(AttentionStatus.EXPIRED);
    }

    @Test
    void aVersionEndingWithinSixtyDaysIsEndingSoonAndOneEndingLaterIsNotListed() {
        holdContribution("440100", "2026-01-01", "2027-01-01");
        holdContribution("440300", "2026-01-01", "2027-01-23");

        assertThat(service.attention(TODAY)).extracting(Attention::regionCode, Attention::status)
                .containsExactly(tuple("440100", AttentionStatus.ENDING_SOON));
    }

    @Test
    void theRegionsOwnTimelineCountsEvenWhenItsProvinceHasAVersionInForce() {
        holdContribution("440000", "2026-07-01", null);
        holdContribution("440100", "2025-07-01", "2026-07-01");

        assertThat(service.attention(TODAY)).extracting(Attention::regionCode, Attention::status)
                .containsExactly(tuple("440100", AttentionStatus.PROVISIONAL));
    }

    @Test
    void anOpenEndedOrLaterPublishedVersionIsNotStale() {
        holdContribution("440100", "2025-07-01", "2026-07-01", "2026-07-01", null);
        holdContribution("440300", "2025-07-01", "2026-07-01", "2026-07-01", "2027-07-01");

        assertThat(service.attention(TODAY)).isEmpty();
    }

    @Test
    void withoutACarryForwardRuleForTheKindAnEndedVersionIsExpired() {
        hold(new PolicyTimeline("440100", PolicyKind.GUIDE, 1, List.of(
                version("440100", PolicyKind.GUIDE, 1, "2025-01-01", "2026-01-01", null))));

        assertThat(service.attention(TODAY)).extracting(Attention::status).containsExactly(AttentionStatus.EXPIRED);
    }

    /** A CONTRIBUTION timeline of consecutive versions, given as pairs of from and to (null: open-ended). */
    private void holdContribution(String region, String... periods) {
        List<PublishedPolicy> versions = new ArrayList<>();
        for (int i = 0; i < periods.length; i += 2) {
            versions.add(version(region, PolicyKind.CONTRIBUTION, i / 2 + 1, periods[i], periods[i + 1], null));
        }
        hold(new PolicyTimeline(region, PolicyKind.CONTRIBUTION, versions.size(), versions));
    }

    private static PublishedPolicy version(String region, PolicyKind kind, int number, String from, String to,
            PolicyPayload payload) {
        return new PublishedPolicy(region, kind, number, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                Instant.EPOCH, number, Confidence.ESTIMATE, null, null, null, payload);
    }

    private void hold(Region region) {
        state.apply(PolicyEvent.of(region, 1, Instant.EPOCH), Instant.EPOCH);
    }

    private void hold(PolicyTimeline timeline) {
        state.apply(PolicyEvent.of(timeline, Instant.EPOCH), Instant.EPOCH);
    }
}
