package org.shebao.policyservice.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicyTimeline;
import org.shebao.contract.RegionResolution;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.model.RegionEntity;
import org.shebao.policyservice.model.VersionStatus;
import org.shebao.policyservice.repository.PolicyVersionRepository;
import org.shebao.policyservice.repository.RegionRepository;

/** Reads. Published and withdrawn versions are public; work in progress is visible to operators only. */
@ApplicationScoped
public class PolicyQueryService {

    private static final Set<VersionStatus> PUBLIC = EnumSet.of(VersionStatus.PUBLISHED, VersionStatus.WITHDRAWN);

    @Inject
    PolicyVersionRepository versions;

    @Inject
    RegionRepository regions;

    @Inject
    VersionLoader loader;

    @Inject
    PolicyVersionMapper mapper;

    /**
     * The version of one kind that applies to a region on a date.
     *
     * @param inherited           whether it is an ancestor's (province, nation) because the region has none of its own
     * @param carriedForwardUntil null when the version is in force on the date; for a version that ended and is carried
     *                            forward under the national CARRY_FORWARD policy (answers on it are provisional), the
     *                            first day it may no longer be used
     */
    public record InForce(PolicyKind kind, PolicyVersionEntity version, boolean inherited,
            LocalDate carriedForwardUntil) {
    }

    /**
     * For each kind, the version that applies on the date by the contract's {@link RegionResolution} rule: in force,
     * else carried forward — the same version calc-service answers with.
     */
    public List<InForce> inForce(String regionCode, LocalDate date, Set<PolicyKind> kinds) {
        List<RegionEntity> chain = requireChain(regionCode);
        List<InForce> result = new ArrayList<>();
        for (PolicyKind kind : kinds) {
            resolve(chain, kind, date).ifPresent(result::add);
        }
        return result;
    }

    private Optional<InForce> resolve(List<RegionEntity> chain, PolicyKind kind, LocalDate date) {
        Map<String, List<PolicyVersionEntity>> published = new HashMap<>();
        return RegionResolution.resolve(chain.stream().map(region -> region.code).toList(), kind, date,
                (code, k) -> Optional.of(new PolicyTimeline(code, k, 0, published
                        .computeIfAbsent(code + '/' + k, key -> versions.published(code, k)).stream()
                        .map(mapper::toPublished).toList())), policy -> true)
                .map(found -> {
                    PolicyVersionEntity entity = published.get(found.policy().regionCode() + '/' + kind).stream()
                            .filter(v -> v.version == found.policy().version())
                            .findFirst().orElseThrow();
                    return new InForce(kind, entity, !entity.regionCode.equals(chain.get(0).code),
                            found.carriedForwardUntil());
                });
    }

    public List<PolicyVersionEntity> history(String regionCode, PolicyKind kind, boolean operator) {
        requireChain(regionCode);
        Set<VersionStatus> statuses = operator ? EnumSet.allOf(VersionStatus.class) : PUBLIC;
        return versions.withStatus(regionCode, kind, statuses);
    }

    public List<PolicyVersionEntity> withStatus(VersionStatus status, String regionCode, PolicyKind kind) {
        return versions.withStatus(status, regionCode, kind);
    }

    public PolicyVersionEntity visible(long id, boolean operator) {
        PolicyVersionEntity entity = loader.load(id);
        if (!operator && !PUBLIC.contains(entity.status)) {
            throw new NotFound("no policy version " + id);
        }
        return entity;
    }

    /** Two versions to compare, from {@code fromId} to {@code toId}; both must be of the same region and kind. */
    public record Comparison(PolicyVersionEntity from, PolicyVersionEntity to) {
    }

    public Comparison compare(long fromId, long toId, boolean operator) {
        PolicyVersionEntity from = visible(fromId, operator);
        PolicyVersionEntity to = visible(toId, operator);
        if (!from.regionCode.equals(to.regionCode) || from.kind != to.kind) {
            throw InvalidInput.parameter("against", "compare versions of the same region and kind");
        }
        return new Comparison(from, to);
    }

    private List<RegionEntity> requireChain(String regionCode) {
        List<RegionEntity> chain = regions.chain(regionCode);
        if (chain.isEmpty()) {
            throw new NotFound("no region " + regionCode);
        }
        return chain;
    }
}
