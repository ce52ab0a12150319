package org.shebao.policyservice.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shebao.policyservice.api.DraftRequest;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.model.AuditedState;
import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.model.VersionStatus;
import org.shebao.policyservice.repository.PolicyKeyRepository;
import org.shebao.policyservice.repository.PolicyVersionRepository;
import org.shebao.policyservice.repository.RegionRepository;

/** Drafts: created, edited and submitted by editors. */
@ApplicationScoped
public class DraftService {

    @Inject
    PolicyVersionRepository versions;

    @Inject
    PolicyKeyRepository keys;

    @Inject
    RegionRepository regions;

    @Inject
    VersionLoader loader;

    @Inject
    PolicyVersionMapper mapper;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional
    public PolicyVersionEntity create(DraftRequest draft, String actor) {
        requireRegion(draft.regionCode(), "regionCode");
        PolicyVersionEntity entity = newDraft(draft, actor, null);
        audit.record(actor, "DRAFT_CREATED", "POLICY_VERSION", entity.id, null, mapper.snapshot(entity), null);
        return entity;
    }

    /** A persisted DRAFT numbered within its (region, kind). */
    PolicyVersionEntity newDraft(DraftRequest draft, String actor, Long changeSetId) {
        PolicyVersionEntity entity = new PolicyVersionEntity();
        mapper.applyDraft(draft, entity);
        entity.version = keys.nextVersionNumber(entity.regionCode, entity.kind);
        entity.status = VersionStatus.DRAFT;
        entity.changeSetId = changeSetId;
        entity.author = actor;
        entity.createdAt = clock.instant();
        entity.updatedAt = entity.createdAt;
        versions.persist(entity);
        return entity;
    }

    @Transactional
    public PolicyVersionEntity update(long id, String ifMatch, DraftRequest draft, String actor) {
        PolicyVersionEntity entity = loader.loadStandalone(id, VersionStatus.DRAFT);
        requireAuthor(entity, actor);
        VersionLoader.requireMatch(entity, ifMatch);
        VersionLoader.requireStatus(entity, VersionStatus.DRAFT);
        if (!entity.regionCode.equals(draft.regionCode()) || entity.kind != draft.kind()) {
            throw InvalidInput.field(entity.regionCode.equals(draft.regionCode()) ? "kind" : "regionCode",
                    "cannot change: versions are numbered within their region and kind; create a new draft instead");
        }
        AuditedState before = mapper.snapshot(entity);
        mapper.applyDraft(draft, entity);
        entity.updatedAt = clock.instant();
        versions.flush();
        audit.record(actor, "DRAFT_UPDATED", "POLICY_VERSION", id, before, mapper.snapshot(entity), null);
        return entity;
    }

    @Transactional
    public void delete(long id, String ifMatch, String actor) {
        PolicyVersionEntity entity = loader.loadStandalone(id, VersionStatus.DRAFT);
        requireAuthor(entity, actor);
        VersionLoader.requireMatch(entity, ifMatch);
        audit.record(actor, "DRAFT_DELETED", "POLICY_VERSION", id, mapper.snapshot(entity), null, null);
        versions.delete(entity);
    }

    @Transactional
    public PolicyVersionEntity submit(long id, String ifMatch, String actor) {
        PolicyVersionEntity entity = loader.loadStandalone(id, VersionStatus.DRAFT);
        requireAuthor(entity, actor);
        VersionLoader.requireMatchIfPresent(entity, ifMatch);
        markSubmitted(List.of(entity));
        versions.flush();
        audit.record(actor, "SUBMITTED", "POLICY_VERSION", id, AuditedState.status(VersionStatus.DRAFT),
                AuditedState.status(VersionStatus.SUBMITTED), null);
        return entity;
    }

    void markSubmitted(List<PolicyVersionEntity> drafts) {
        for (PolicyVersionEntity entity : drafts) {
            entity.status = VersionStatus.SUBMITTED;
            entity.submittedAt = clock.instant();
        }
    }

    /**
     * A draft is its author's alone: if someone else could rewrite it, four-eyes (approver ≠ author) would no longer
     * guarantee that two people saw what is published. Others start a draft of their own.
     */
    private static void requireAuthor(PolicyVersionEntity entity, String actor) {
        if (!entity.author.equals(actor)) {
            throw new FourEyesViolation("version " + entity.id + " is a draft of " + entity.author
                    + "; only its author may change, discard or submit it");
        }
    }

    void requireRegion(String code, String field) {
        if (regions.findById(code) == null) {
            throw InvalidInput.unprocessable(List.of(new FieldError(field, "no region " + code)));
        }
    }
}
