package org.shebao.policyservice.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.contract.PolicyEvent;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicyTimeline;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.RegionLevel;
import org.shebao.contract.RegionResolution;
import org.shebao.policyservice.api.CoverageView.Status;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.model.RegionEntity;
import org.shebao.policyservice.repository.PolicyVersionRepository;
import org.shebao.policyservice.repository.RegionRepository;

/**
 * Which published policy serves whom on a date, by the contract's {@link RegionResolution} rule: for operators to see
 * what is in force, what is only carried forward (暂按上年度) and what is missing, before answers go provisional or
 * fail. Reads every region and every published version once; the rule then runs in memory.
 */
@ApplicationScoped
public class CoverageService {

    /**
     * One kind for one region.
     *
     * @param version             the version that serves it (possibly an ancestor's); null when {@code MISSING}
     * @param carriedForwardUntil for {@code PROVISIONAL}, the first day the version may no longer be carried forward
     */
    public record KindCoverage(PolicyKind kind, Status status, PublishedPolicy version, LocalDate carriedForwardUntil) {
    }

    /** A region and, per kind, how it is served. */
    public record RegionCoverage(RegionEntity region, List<KindCoverage> kinds) {
    }

    /**
     * @param ownTimelines every region with published versions of its own, per kind it has: how its own versions serve
     *                     it (an ancestor's in-force version may still answer for it; see {@code areas})
     * @param areas        every 统筹区 (prefecture-level city, and a province without cities such as a 直辖市), per
     *                     kind published anywhere: the version that answers for it, its own or an ancestor's
     */
    public record Coverage(LocalDate date, List<RegionCoverage> ownTimelines, List<RegionCoverage> areas) {
    }

    @Inject
    RegionRepository regions;

    @Inject
    PolicyVersionRepository versions;

    @Inject
    PolicyVersionMapper mapper;

    /** Coverage on {@code date} of the given kinds. */
    public Coverage on(LocalDate date, Set<PolicyKind> kinds) {
        Published published = new Published(
                regions.listAll().stream().collect(Collectors.toMap(region -> region.code, Function.identity())),
                versions.allPublished().stream().map(mapper::toPublished)
                        .collect(Collectors.groupingBy(p -> PolicyEvent.timelineKey(p.regionCode(), p.kind())))
                        .values().stream()
                        .map(held -> new PolicyTimeline(held.get(0).regionCode(), held.get(0).kind(), 0, held))
                        .collect(Collectors.toMap(PolicyTimeline::key, Function.identity())));
        return new Coverage(date, published.ownTimelines(date, kinds), published.areas(date, kinds));
    }

    /** Every region and every published timeline, read once; the resolution rule then runs on them in memory. */
    private record Published(Map<String, RegionEntity> regions, Map<String, PolicyTimeline> timelines) {

        Optional<PolicyTimeline> timeline(String regionCode, PolicyKind kind) {
            return Optional.ofNullable(timelines.get(PolicyEvent.timelineKey(regionCode, kind)));
        }

        List<String> chain(String code) {
            return RegionResolution.chain(code, c -> Optional.ofNullable(regions.get(c)), region -> region.parentCode)
                    .stream().map(region -> region.code).toList();
        }

        List<RegionCoverage> ownTimelines(LocalDate date, Set<PolicyKind> kinds) {
            Map<String, List<PolicyKind>> ownKinds = timelines.values().stream()
                    .filter(timeline -> kinds.contains(timeline.kind()))
                    .collect(Collectors.groupingBy(PolicyTimeline::regionCode,
                            Collectors.mapping(PolicyTimeline::kind, Collectors.toList())));
            return ownKinds.keySet().stream().sorted()
                    .filter(regions::containsKey)
                    .map(code -> new RegionCoverage(regions.get(code), ownKinds.get(code).stream().sorted()
                            .map(kind -> of(kind, RegionResolution.resolveOwn(chain(code), kind, date,
                                    this::timeline, policy -> true)))
                            .toList()))
                    .toList();
        }

        /** 统筹区: prefecture-level cities and provinces without cities (直辖市), 港澳台 left out. */
        List<RegionCoverage> areas(LocalDate date, Set<PolicyKind> kinds) {
            Set<PolicyKind> published = timelines.values().stream().map(PolicyTimeline::kind).filter(kinds::contains)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(PolicyKind.class)));
            Set<String> provincesWithCities = regions.values().stream()
                    .filter(region -> region.level == RegionLevel.CITY)
                    .map(region -> region.parentCode)
                    .collect(Collectors.toSet());
            return regions.values().stream()
                    .filter(region -> region.level == RegionLevel.CITY
                            || region.level == RegionLevel.PROVINCE && !provincesWithCities.contains(region.code))
                    .filter(region -> !RegionResolution.outsideMainlandSystem(region.code))
                    .sorted(Comparator.comparing(region -> region.code))
                    .map(area -> new RegionCoverage(area, published.stream()
                            .map(kind -> of(kind, RegionResolution.resolve(chain(area.code), kind, date,
                                    this::timeline, policy -> true)))
                            .toList()))
                    .toList();
        }
    }

    private static KindCoverage of(PolicyKind kind, Optional<RegionResolution.Found> found) {
        return found.map(f -> new KindCoverage(kind, f.carriedForward() ? Status.PROVISIONAL : Status.IN_FORCE,
                        f.policy(), f.carriedForwardUntil()))
                .orElseGet(() -> new KindCoverage(kind, Status.MISSING, null, null));
    }
}
