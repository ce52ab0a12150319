package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shebao.contract.PolicyTimelineTest.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shebao.contract.payload.CarryForwardPolicy;

class RegionResolutionTest {

    private static final Map<String, Region> REGIONS = Map.of(
            "100000", new Region("100000", "全国", RegionLevel.NATIONAL, null, 1),
            "440100", new Region("440100", "广州市", RegionLevel.CITY, "440000", 7),
            "440000", new Region("440000", "广东省", RegionLevel.PROVINCE, "100000", 7),
            "990000", new Region("990000", "环", RegionLevel.PROVINCE, "990100", 1),
            "990100", new Region("990100", "环", RegionLevel.CITY, "990000", 1));

    private static List<String> chainOf(String code) {
        return RegionResolution.chain(code, c -> Optional.ofNullable(REGIONS.get(c)), Region::parentCode).stream()
                .map(Region::code).toList();
    }

    private static Optional<RegionResolution.Found> resolve(String code, String date, PolicyTimeline... held) {
        Map<String, PolicyTimeline> byKey = new HashMap<>();
        for (PolicyTimeline t : held) {
            byKey.put(t.key(), t);
        }
        return RegionResolution.resolve(chainOf(code), PolicyKind.GUIDE, LocalDate.parse(date),
                (region, kind) -> Optional.ofNullable(byKey.get(PolicyEvent.timelineKey(region, kind))), p -> true);
    }

    /** The nation's rule: GUIDE versions may be used for {@code months} after their end. */
    private static PolicyTimeline carryForward(int months) {
        return new PolicyTimeline("100000", PolicyKind.CARRY_FORWARD, 1, List.of(new PublishedPolicy("100000",
                PolicyKind.CARRY_FORWARD, 1, LocalDate.parse("2020-01-01"), null, Instant.EPOCH, 1,
                Confidence.ESTIMATE, null, null, null,
                new CarryForwardPolicy(List.of(new CarryForwardPolicy.Rule(PolicyKind.GUIDE, months, null))))));
    }

    private static PolicyTimeline timeline(String region, PublishedPolicy... versions) {
        return new PolicyTimeline(region, PolicyKind.GUIDE, versions.length, List.of(versions));
    }

    @Test
    void chainRunsFromTheRegionToTheNation() {
        assertThat(chainOf("440100")).containsExactly("440100", "440000", "100000");
        assertThat(chainOf("123456")).isEmpty();
    }

    @Test
    void aCycleInTheDataEndsTheWalk() {
        assertThat(chainOf("990100")).hasSize(RegionResolution.MAX_CHAIN_LENGTH);
    }

    @Test
    void theNearestRegionWithAVersionInForceWins() {
        PolicyTimeline guangdong = timeline("440000", version("440000", 1, "2025-07-01", "2026-07-01", 1));
        PolicyTimeline nation = timeline("100000", version("100000", 1, "2020-01-01", null, 1));

        assertThat(resolve("440100", "2025-08-01", guangdong, nation)).map(f -> f.policy().regionCode())
                .contains("440000");
        assertThat(resolve("440100", "2026-08-01", guangdong, nation)).map(f -> f.policy().regionCode())
                .as("past the region's own period, an ancestor's version in force applies").contains("100000");
        assertThat(resolve("440100", "2019-08-01", guangdong, nation)).isEmpty();
    }

    @Test
    void pastItsEndTheNearestRegionsLatestVersionIsCarriedForwardWithinTheLimit() {
        PolicyTimeline guangzhou = timeline("440100", version("440100", 1, "2024-07-01", "2025-07-01", 1),
                version("440100", 2, "2025-07-01", "2026-07-01", 2));
        PolicyTimeline guangdong = timeline("440000", version("440000", 1, "2023-07-01", "2024-07-01", 1));

        Optional<RegionResolution.Found> november = resolve("440100", "2026-11-01", guangzhou, guangdong,
                carryForward(12));
        assertThat(november).map(f -> f.policy().version()).contains(2);
        assertThat(november).map(RegionResolution.Found::carriedForward).contains(true);
        assertThat(november.get().carriedForwardUnder().policy().kind()).isEqualTo(PolicyKind.CARRY_FORWARD);
        assertThat(november.get().carriedForwardUntil()).isEqualTo("2027-07-01");
        assertThat(resolve("440100", "2026-06-30", guangzhou).orElseThrow().carriedForwardUntil())
                .as("in force, so not carried").isNull();

        assertThat(resolve("440100", "2027-06-01", guangzhou, guangdong, carryForward(12))).isPresent();
        assertThat(resolve("440100", "2027-07-01", guangzhou, guangdong, carryForward(12)))
                .as("12 months after 2026-07-01 the limit is reached").isEmpty();
        assertThat(resolve("440100", "2026-11-01", guangzhou, guangdong))
                .as("without a CARRY_FORWARD rule nothing carries forward").isEmpty();
    }

    @Test
    void aRegionsOwnVersionsAreJudgedWithoutItsAncestorsOfTheSameKind() {
        PolicyTimeline guangzhou = timeline("440100", version("440100", 1, "2025-07-01", "2026-07-01", 1));
        PolicyTimeline nation = timeline("100000", version("100000", 1, "2020-01-01", null, 1));
        Map<String, PolicyTimeline> byKey = Map.of(guangzhou.key(), guangzhou, nation.key(), nation,
                carryForward(12).key(), carryForward(12));

        Optional<RegionResolution.Found> own = RegionResolution.resolveOwn(chainOf("440100"), PolicyKind.GUIDE,
                LocalDate.parse("2026-11-01"),
                (region, kind) -> Optional.ofNullable(byKey.get(PolicyEvent.timelineKey(region, kind))), p -> true);
        assertThat(own).map(f -> f.policy().regionCode()).contains("440100");
        assertThat(own).map(RegionResolution.Found::carriedForward).contains(true);
    }

    @Test
    void aVersionInForceAlongTheChainComesBeforeCarryingForward() {
        PolicyTimeline guangzhou = timeline("440100", version("440100", 1, "2025-07-01", "2026-07-01", 1));
        PolicyTimeline nation = timeline("100000", version("100000", 1, "2020-01-01", null, 1));

        Optional<RegionResolution.Found> found = resolve("440100", "2026-11-01", guangzhou, nation, carryForward(12));
        assertThat(found).map(f -> f.policy().regionCode()).contains("100000");
        assertThat(found).map(RegionResolution.Found::carriedForward).contains(false);
    }

    @Test
    void theNearestRegionDecidesEvenWhenItsVersionIsTooOld() {
        PolicyTimeline guangzhou = timeline("440100", version("440100", 1, "2020-07-01", "2021-07-01", 1));
        PolicyTimeline guangdong = timeline("440000", version("440000", 1, "2025-07-01", "2026-07-01", 1));

        assertThat(resolve("440100", "2026-11-01", guangzhou, guangdong, carryForward(12)))
                .as("a stale city version is not replaced by the province's: the city's own figures govern")
                .isEmpty();
    }

    @Test
    void ofTwoVersionsEndingTogetherTheLaterPublicationIsCarriedForward() {
        PolicyTimeline guangzhou = timeline("440100", version("440100", 2, "2025-07-01", "2026-07-01", 3),
                version("440100", 1, "2025-07-01", "2026-07-01", 1));

        assertThat(resolve("440100", "2026-08-01", guangzhou, carryForward(12))).map(f -> f.policy().version())
                .contains(2);
    }

    @Test
    void aVersionThatIsNotUsableIsPassedOver() {
        PolicyTimeline guangdong = timeline("440000", version("440000", 1, "2025-07-01", null, 1));
        PolicyTimeline nation = timeline("100000", version("100000", 1, "2020-01-01", null, 1));

        assertThat(RegionResolution.inForce(chainOf("440000"), PolicyKind.GUIDE, LocalDate.parse("2025-08-01"),
                (region, kind) -> Optional.of(region.equals("440000") ? guangdong : nation),
                p -> !p.regionCode().equals("440000"))).map(f -> f.timeline().regionCode()).contains("100000");
    }
}
