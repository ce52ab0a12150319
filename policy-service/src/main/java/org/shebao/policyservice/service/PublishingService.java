package org.shebao.policyservice.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shebao.contract.PolicyKind;
import org.shebao.policyservice.messaging.OutboxWriter;
import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.model.VersionStatus;
import org.shebao.policyservice.repository.PolicyKeyRepository;
import org.shebao.policyservice.repository.PolicyVersionRepository;

/**
 * Approval, rejection and withdrawal. Publishing writes the versions, the ends of the versions they take over from,
 * the outbox event and the audit entries in one transaction.
 */
@ApplicationScoped
public class PublishingService {

    @Inject
    PolicyVersionRepository versions;

    @Inject
    PolicyKeyRepository keys;

    @Inject
    VersionLoader loader;

    @Inject
    OutboxWriter outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public PolicyVersionEntity approve(long id, String ifMatch, String actor) {
        PolicyVersionEntity entity = loader.loadStandalone(id, VersionStatus.SUBMITTED);
        VersionLoader.requireMatchIfPresent(entity, ifMatch);
        VersionLoader.requireSecondPerson(entity.author, actor, "a version");
        publish(List.of(entity), actor);
        return entity;
    }

    @Transactional
    public PolicyVersionEntity reject(long id, String reason, String actor) {
        PolicyVersionEntity entity = loader.loadStandalone(id, VersionStatus.SUBMITTED);
        markRejected(List.of(entity), reason, actor);
        return entity;
    }

    void markRejected(List<PolicyVersionEntity> submitted, String reason, String actor) {
        Instant now = clock.instant();
        for (PolicyVersionEntity entity : submitted) {
            entity.status = VersionStatus.REJECTED;
            entity.reviewer = actor;
            entity.reviewedAt = now;
            entity.rejectionReason = reason;
            audit.record(actor, "REJECTED", "POLICY_VERSION", entity.id, VersionStatus.SUBMITTED,
                    VersionStatus.REJECTED, reason);
        }
        versions.flush();
    }

    /**
     * Publishes versions in the order given and announces each touched (region, kind) once, with its final revision.
     * Each version gets its own revision, so of two versions covering the same day the later-published one wins.
     */
    void publish(List<PolicyVersionEntity> submitted, String actor) {
        Instant now = clock.instant();
        Map<String, Long> lastRevisionPerKey = new LinkedHashMap<>();
        for (PolicyVersionEntity entity : submitted) {
            long revision = keys.nextRevision(entity.regionCode, entity.kind);
            takeOverFromPredecessors(entity, actor);
            entity.status = VersionStatus.PUBLISHED;
            entity.reviewer = actor;
            entity.reviewedAt = now;
            entity.publishedAt = now;
            entity.publishedRevision = revision;
            versions.flush();
            lastRevisionPerKey.put(entity.regionCode + "/" + entity.kind, revision);
            audit.record(actor, "PUBLISHED", "POLICY_VERSION", entity.id, VersionStatus.SUBMITTED,
                    VersionStatus.PUBLISHED, "revision " + revision);
        }
        lastRevisionPerKey.forEach((key, revision) -> {
            String[] parts = key.split("/");
            outbox.timelineChanged(parts[0], PolicyKind.valueOf(parts[1]), revision);
        });
    }

    /**
     * A version starting inside an open-ended published one ends it there (bases published in September for July).
     * Symmetrically, an open-ended version published after a later-starting one ends where that one starts.
     */
    private void takeOverFromPredecessors(PolicyVersionEntity entity, String actor) {
        for (PolicyVersionEntity predecessor : versions.openEndedStartingBefore(entity.regionCode, entity.kind,
                entity.effectiveFrom)) {
            predecessor.effectiveTo = entity.effectiveFrom;
            predecessor.endedByVersionId = entity.id;
            audit.record(actor, "ENDED_BY_PUBLICATION", "POLICY_VERSION", predecessor.id, null, entity.effectiveFrom,
                    "ended by version " + entity.version + " (id " + entity.id + ")");
        }
        endAtNextLaterStart(entity);
    }

    /** An open-ended version runs until the next published version of its key begins, if one begins later. */
    private void endAtNextLaterStart(PolicyVersionEntity entity) {
        if (entity.effectiveTo != null) {
            return;
        }
        versions.published(entity.regionCode, entity.kind).stream()
                .filter(v -> v.effectiveFrom.isAfter(entity.effectiveFrom) && !v.id.equals(entity.id))
                .min(Comparator.comparing((PolicyVersionEntity v) -> v.effectiveFrom))
                .ifPresent(next -> {
                    entity.effectiveTo = next.effectiveFrom;
                    entity.endedByVersionId = next.id;
                });
    }

    @Transactional
    public PolicyVersionEntity requestWithdrawal(long id, String reason, String actor) {
        PolicyVersionEntity entity = loader.load(id);
        requireScheduled(entity);
        if (entity.withdrawalRequestedBy != null) {
            throw Problems.conflict("withdrawal of version " + id + " was already requested by "
                    + entity.withdrawalRequestedBy);
        }
        entity.withdrawalRequestedBy = actor;
        entity.withdrawalRequestedAt = clock.instant();
        entity.withdrawalReason = reason;
        versions.flush();
        audit.record(actor, "WITHDRAWAL_REQUESTED", "POLICY_VERSION", id, null, null, reason);
        return entity;
    }

    /** Confirms a requested withdrawal: the version leaves the timeline and what it had ended is restored. */
    @Transactional
    public PolicyVersionEntity withdraw(long id, String actor) {
        PolicyVersionEntity entity = loader.load(id);
        requireScheduled(entity);
        if (entity.withdrawalRequestedBy == null) {
            throw Problems.conflict("request the withdrawal of version " + id + " first");
        }
        VersionLoader.requireSecondPerson(entity.withdrawalRequestedBy, actor, "a withdrawal request");
        long revision = keys.nextRevision(entity.regionCode, entity.kind);
        entity.status = VersionStatus.WITHDRAWN;
        versions.flush();
        for (PolicyVersionEntity predecessor : versions.endedBy(entity.id)) {
            predecessor.effectiveTo = predecessor.declaredEffectiveTo;
            predecessor.endedByVersionId = null;
            endAtNextLaterStart(predecessor);
        }
        entity.withdrawnBy = actor;
        entity.withdrawnAt = clock.instant();
        versions.flush();
        outbox.timelineChanged(entity.regionCode, entity.kind, revision);
        audit.record(actor, "WITHDRAWN", "POLICY_VERSION", id, VersionStatus.PUBLISHED, VersionStatus.WITHDRAWN,
                entity.withdrawalReason);
        return entity;
    }

    /** Only a published version that has not yet taken effect may be withdrawn; later, a correction is a new version. */
    private void requireScheduled(PolicyVersionEntity entity) {
        VersionLoader.requireStatus(entity, VersionStatus.PUBLISHED);
        LocalDate today = LocalDate.now(clock);
        if (!entity.effectiveFrom.isAfter(today)) {
            throw Problems.conflict("version " + entity.id + " took effect on " + entity.effectiveFrom
                    + "; publish a correcting version instead of withdrawing it");
        }
    }
}
