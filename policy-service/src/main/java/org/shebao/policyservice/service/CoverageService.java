package org.shebao.policyservice.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
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
        Map<String, RegionEntity> byCode = regions.listAll().stream()
                .collect(Collectors.toMap(region -> region.code, Function.identity()));
        Map<String, PolicyTimeline> timelines = versions.allPublished().stream()
                .map(mapper::toPublished)
                .collect(Collectors.groupingBy(policy -> PolicyEvent.timelineKey(policy.regionCode(), policy.kind())))
                .values().stream()
                .map(held -> new PolicyTimeline(held.get(0).regionCode(), held.get(0).kind(), 0, held))
                .collect(Collectors.toMap(PolicyTimeline::key, Function.identity()));
        BiFunction<String, PolicyKind, Optional<PolicyTimeline>> lookup =
                (code, kind) -> Optional.ofNullable(timelines.get(PolicyEvent.timelineKey(code, kind)));
        Function<String, List<String>> chain = code -> RegionResolution.chain(code,
                c -> Optional.ofNullable(byCode.get(c)), region -> region.parentCode).stream()
                .map(region -> region.code).toList();

        Map<String, List<PolicyTimeline>> ownByRegion = timelines.values().stream()
                .filter(timeline -> kinds.contains(timeline.kind()))
                .collect(Collectors.groupingBy(PolicyTimeline::regionCode));
        List<RegionCoverage> own = ownByRegion.keySet().stream().sorted()
                .filter(byCode::containsKey)
                .map(code -> new RegionCoverage(byCode.get(code), ownByRegion.get(code).stream()
                        .map(PolicyTimeline::kind).sorted()
                        .map(kind -> of(kind, RegionResolution.resolve(chain.apply(code), kind, date,
                                onlyOwnOfKind(code, kind, lookup), policy -> true)))
                        .toList()))
                .toList();

        Set<PolicyKind> published = timelines.values().stream().map(PolicyTimeline::kind).filter(kinds::contains)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PolicyKind.class)));
        Set<String> provincesWithCities = byCode.values().stream()
                .filter(region -> region.level == RegionLevel.CITY)
                .map(region -> region.parentCode)
                .collect(Collectors.toSet());
        List<RegionCoverage> areas = byCode.values().stream()
                .filter(region -> region.level == RegionLevel.CITY
                        || region.level == RegionLevel.PROVINCE && !provincesWithCities.contains(region.code))
                .filter(region -> !RegionResolution.outsideMainlandSystem(region.code))
                .sorted(Comparator.comparing(region -> region.code))
                .map(area -> new RegionCoverage(area, published.stream()
                        .map(kind -> of(kind, RegionResolution.resolve(chain.apply(area.code), kind, date, lookup,
                                policy -> true)))
                        .toList()))
                .toList();
        return new Coverage(date, own, areas);
    }

    /**
     * The timelines as seen by a region's own versions of {@code kind}: its ancestors' versions of that kind are left
     * out (they may answer in its place but do not make its own figures current); other kinds, such as the national
     * CARRY_FORWARD rule, stay.
     */
    private static BiFunction<String, PolicyKind, Optional<PolicyTimeline>> onlyOwnOfKind(String regionCode,
            PolicyKind kind, BiFunction<String, PolicyKind, Optional<PolicyTimeline>> lookup) {
        return (code, k) -> k == kind && !code.equals(regionCode) ? Optional.empty() : lookup.apply(code, k);
    }

    private static KindCoverage of(PolicyKind kind, Optional<RegionResolution.Found> found) {
        return found.map(f -> new KindCoverage(kind, f.carriedForward() ? Status.PROVISIONAL : Status.IN_FORCE,
                        f.policy(), f.carriedForwardUntil()))
                .orElseGet(() -> new KindCoverage(kind, Status.MISSING, null, null));
    }
}
