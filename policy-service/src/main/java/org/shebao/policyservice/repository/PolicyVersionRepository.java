package org.shebao.policyservice.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import org.shebao.contract.PolicyKind;
import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.model.VersionStatus;

@ApplicationScoped
public class PolicyVersionRepository implements PanacheRepository<PolicyVersionEntity> {

    private static final Sort TIMELINE_ORDER = Sort.by("effectiveFrom").and("version");

    public List<PolicyVersionEntity> published(String regionCode, PolicyKind kind) {
        return withStatus(regionCode, kind, List.of(VersionStatus.PUBLISHED));
    }

    /** Every published version of every region and kind, in one query (there are few timelines, many regions). */
    public List<PolicyVersionEntity> allPublished() {
        return list("status", Sort.by("regionCode").and("kind").and("effectiveFrom").and("version"),
                VersionStatus.PUBLISHED);
    }

    public List<PolicyVersionEntity> withStatus(String regionCode, PolicyKind kind, Collection<VersionStatus> statuses) {
        return list("regionCode = :region and kind = :kind and status in :statuses", TIMELINE_ORDER,
                Parameters.with("region", regionCode).and("kind", kind).and("statuses", statuses));
    }

    /** Work queues for operators: every version in a status, optionally of one region and kind. */
    public List<PolicyVersionEntity> withStatus(VersionStatus status, String regionCode, PolicyKind kind) {
        QueryFilter filter = new QueryFilter()
                .when(status, "status = :status", "status")
                .when(regionCode, "regionCode = :region", "region")
                .when(kind, "kind = :kind", "kind");
        return list(filter.where(), Sort.by("id"), filter.parameters());
    }

    public List<PolicyVersionEntity> inChangeSet(long changeSetId) {
        return list("changeSetId", Sort.by("id"), changeSetId);
    }

    /** A published version with the same period, confidence, source and payload (JSON compared by value). */
    public Optional<PolicyVersionEntity> findPublishedIdentical(PolicyVersionEntity candidate) {
        return getEntityManager().createNativeQuery("select * from policy_version where region_code = :region"
                + " and kind = :kind and status = 'PUBLISHED' and effective_from = :from"
                + " and declared_effective_to is not distinct from cast(:to as date) and confidence = :confidence"
                + " and source = cast(:source as jsonb) and payload = cast(:payload as jsonb)"
                + " and note is not distinct from cast(:note as text)"
                + " and last_reviewed is not distinct from cast(:reviewed as date)", PolicyVersionEntity.class)
                .setParameter("region", candidate.regionCode)
                .setParameter("kind", candidate.kind.name())
                .setParameter("from", candidate.effectiveFrom)
                .setParameter("to", candidate.declaredEffectiveTo)
                .setParameter("confidence", candidate.confidence.name())
                .setParameter("source", candidate.source)
                .setParameter("payload", candidate.payload)
                .setParameter("note", candidate.note)
                .setParameter("reviewed", candidate.lastReviewed)
                .getResultStream()
                .map(PolicyVersionEntity.class::cast)
                .findFirst();
    }
}
