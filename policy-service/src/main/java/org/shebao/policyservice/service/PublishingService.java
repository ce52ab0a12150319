package org.shebao.policyservice.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shebao.contract.PublishedPeriods;
import org.shebao.contract.PublishedPeriods.Period;
import org.shebao.policyservice.messaging.OutboxWriter;
import org.shebao.policyservice.model.AuditedState;
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
    AuditService audit;

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
            audit.record(actor, "REJECTED", "POLICY_VERSION", entity.id,
                    AuditedState.status(VersionStatus.SUBMITTED), AuditedState.status(VersionStatus.REJECTED), reason);
        }
        versions.flush();
    }

    /**
     * Publishes versions in the order given and announces each touched (region, kind) once, with its final revision.
     * Each version gets its own revision, so of two versions covering the same day the later-published one wins. The
     * published timeline of each key is read once; the contract's {@link PublishedPeriods} moves its ends.
     */
    void publish(List<PolicyVersionEntity> submitted, String actor) {
        Instant now = clock.instant();
        Map<String, KeyTimeline> touched = new LinkedHashMap<>();
        for (PolicyVersionEntity entity : submitted) {
            KeyTimeline timeline = touched.computeIfAbsent(entity.regionCode + "/" + entity.kind,
                    key -> KeyTimeline.of(versions.published(entity.regionCode, entity.kind)));
            timeline.revision = keys.nextRevision(entity.regionCode, entity.kind);
            for (Period period : timeline.periods.publish(entity.id, entity.effectiveFrom, entity.declaredEffectiveTo)) {
                if (period.versionId() == entity.id) {
                    apply(period, entity);
                } else {
                    apply(period, timeline.byId.get(period.versionId()));
                    audit.record(actor, "ENDED_BY_PUBLICATION", "POLICY_VERSION", period.versionId(), null,
                            new AuditedState.End(entity.effectiveFrom), "ended by version " + entity.version + " (id " + entity.id + ")");
                }
            }
            entity.status = VersionStatus.PUBLISHED;
            entity.reviewer = actor;
            entity.reviewedAt = now;
            entity.publishedAt = now;
            entity.publishedRevision = timeline.revision;
            timeline.byId.put(entity.id, entity);
            audit.record(actor, "PUBLISHED", "POLICY_VERSION", entity.id,
                    AuditedState.status(VersionStatus.SUBMITTED), AuditedState.status(VersionStatus.PUBLISHED), "revision " + timeline.revision);
        }
        versions.flush();
        touched.values().forEach(timeline -> {
            PolicyVersionEntity any = timeline.byId.values().iterator().next();
            outbox.timelineChanged(any.regionCode, any.kind, timeline.revision, List.copyOf(timeline.byId.values()));
        });
    }

    /** The published versions of one (region, kind) while a transaction changes them. */
    private static final class KeyTimeline {
        final Map<Long, PolicyVersionEntity> byId = new LinkedHashMap<>();
        PublishedPeriods periods;
        long revision;

        static KeyTimeline of(List<PolicyVersionEntity> published) {
            KeyTimeline timeline = new KeyTimeline();
            published.forEach(entity -> timeline.byId.put(entity.id, entity));
            timeline.periods = new PublishedPeriods(published.stream().map(PublishingService::period).toList());
            return timeline;
        }
    }

    private static Period period(PolicyVersionEntity entity) {
        return new Period(entity.id, entity.effectiveFrom, entity.declaredEffectiveTo, entity.effectiveTo,
                entity.endedByVersionId);
    }

    private static void apply(Period period, PolicyVersionEntity entity) {
        entity.effectiveTo = period.to();
        entity.endedByVersionId = period.endedBy();
    }

    @Transactional
    public PolicyVersionEntity requestWithdrawal(long id, String reason, String actor) {
        PolicyVersionEntity entity = loader.load(id);
        requireScheduled(entity);
        if (entity.withdrawalRequestedBy != null) {
            throw new WorkflowConflict("withdrawal of version " + id + " was already requested by "
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
            throw new WorkflowConflict("request the withdrawal of version " + id + " first");
        }
        VersionLoader.requireSecondPerson(entity.withdrawalRequestedBy, actor, "a withdrawal request");
        long revision = keys.nextRevision(entity.regionCode, entity.kind);
        KeyTimeline timeline = KeyTimeline.of(versions.published(entity.regionCode, entity.kind));
        timeline.byId.remove(entity.id);
        timeline.periods.withdraw(entity.id).forEach(period -> apply(period, timeline.byId.get(period.versionId())));
        entity.status = VersionStatus.WITHDRAWN;
        entity.withdrawnBy = actor;
        entity.withdrawnAt = clock.instant();
        versions.flush();
        outbox.timelineChanged(entity.regionCode, entity.kind, revision, List.copyOf(timeline.byId.values()));
        audit.record(actor, "WITHDRAWN", "POLICY_VERSION", id, AuditedState.status(VersionStatus.PUBLISHED),
                AuditedState.status(VersionStatus.WITHDRAWN), entity.withdrawalReason);
        return entity;
    }

    /** Only a published version that has not yet taken effect may be withdrawn; later, a correction is a new version. */
    private void requireScheduled(PolicyVersionEntity entity) {
        VersionLoader.requireStatus(entity, VersionStatus.PUBLISHED);
        LocalDate today = LocalDate.now(clock);
        if (!entity.effectiveFrom.isAfter(today)) {
            throw new WorkflowConflict("version " + entity.id + " took effect on " + entity.effectiveFrom
                    + "; publish a correcting version instead of withdrawing it");
        }
    }
}
