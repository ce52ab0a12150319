package org.shebao.policyservice.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.shebao.contract.PolicySource;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.payload.PolicyPayload;
import org.shebao.policyservice.api.DiffView;
import org.shebao.policyservice.api.DraftRequest;
import org.shebao.policyservice.api.PolicyVersionView;
import org.shebao.policyservice.model.AuditedState.VersionState;
import org.shebao.policyservice.model.PolicyVersionEntity;

/** Between the stored version and what the API and the events show of it; the API never exposes the entity. */
@ApplicationScoped
public class PolicyVersionMapper {

    @Inject
    JsonCodec json;

    /** Copies what an operator may write; workflow fields are the service's to set. */
    public void applyDraft(DraftRequest draft, PolicyVersionEntity entity) {
        entity.regionCode = draft.regionCode();
        entity.kind = draft.kind();
        entity.effectiveFrom = draft.effectiveFrom();
        entity.declaredEffectiveTo = draft.effectiveTo();
        entity.effectiveTo = draft.effectiveTo();
        entity.confidence = draft.confidence();
        entity.source = json.write(draft.source());
        entity.lastReviewed = draft.lastReviewed();
        entity.note = draft.note();
        entity.payload = json.write(draft.payload());
    }

    public PolicyPayload payload(PolicyVersionEntity entity) {
        return json.read(entity.payload, entity.kind.payloadType());
    }

    public PolicyVersionView toView(PolicyVersionEntity e) {
        return toView(snapshot(e));
    }

    /** The version as the audit log keeps it. */
    public VersionState snapshot(PolicyVersionEntity e) {
        return new VersionState(e.id, e.regionCode, e.kind, e.version, e.status, e.effectiveFrom, e.effectiveTo,
                e.declaredEffectiveTo, e.endedByVersionId, e.confidence, json.parse(e.source), e.lastReviewed, e.note,
                json.parse(e.payload), e.changeSetId, e.author, e.createdAt, e.updatedAt, e.submittedAt, e.reviewer,
                e.reviewedAt, e.rejectionReason, e.publishedAt, e.publishedRevision, e.withdrawalRequestedBy,
                e.withdrawalRequestedAt, e.withdrawalReason, e.withdrawnBy, e.withdrawnAt);
    }

    public PolicyVersionView toView(VersionState v) {
        PolicyVersionView.WithdrawalRequest withdrawal = v.withdrawalRequestedBy() == null ? null
                : new PolicyVersionView.WithdrawalRequest(v.withdrawalRequestedBy(), v.withdrawalRequestedAt(),
                        v.withdrawalReason(), v.withdrawnBy(), v.withdrawnAt());
        return new PolicyVersionView(v.id(), v.regionCode(), v.kind(), v.version(), v.status(), v.effectiveFrom(),
                v.effectiveTo(), v.declaredEffectiveTo(), v.endedByVersionId(), v.confidence(),
                json.convert(v.source(), PolicySource.class), v.lastReviewed(), v.note(),
                json.convert(v.payload(), v.kind().payloadType()), v.changeSetId(), v.author(), v.createdAt(),
                v.updatedAt(), v.submittedAt(), v.reviewer(), v.reviewedAt(), v.rejectionReason(), v.publishedAt(),
                v.publishedRevision(), withdrawal);
    }

    /** What changed from one version to another, in what an operator writes (workflow bookkeeping left out). */
    public DiffView diff(PolicyVersionEntity from, PolicyVersionEntity to) {
        return new DiffView(from.id, from.version, to.id, to.version, JsonDiff.diff(content(from), content(to)));
    }

    private JsonNode content(PolicyVersionEntity entity) {
        ObjectNode tree = (ObjectNode) json.tree(toView(entity));
        tree.retain("effectiveFrom", "declaredEffectiveTo", "confidence", "source", "lastReviewed", "note", "payload");
        return tree;
    }

    public PublishedPolicy toPublished(PolicyVersionEntity e) {
        return new PublishedPolicy(e.regionCode, e.kind, e.version, e.effectiveFrom, e.effectiveTo, e.publishedAt,
                e.publishedRevision, e.confidence, json.read(e.source, PolicySource.class), e.lastReviewed, e.note,
                payload(e));
    }
}
