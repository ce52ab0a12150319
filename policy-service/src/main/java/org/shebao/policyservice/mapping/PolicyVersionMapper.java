package org.shebao.policyservice.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.contract.PolicySource;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.payload.PolicyPayload;
import org.shebao.policyservice.api.DraftRequest;
import org.shebao.policyservice.api.PolicyVersionView;
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
        PolicyVersionView.WithdrawalRequest withdrawal = e.withdrawalRequestedBy == null ? null
                : new PolicyVersionView.WithdrawalRequest(e.withdrawalRequestedBy, e.withdrawalRequestedAt,
                        e.withdrawalReason, e.withdrawnBy, e.withdrawnAt);
        return new PolicyVersionView(e.id, e.regionCode, e.kind, e.version, e.status, e.effectiveFrom, e.effectiveTo,
                e.declaredEffectiveTo, e.endedByVersionId, e.confidence, json.read(e.source, PolicySource.class),
                e.lastReviewed, e.note, payload(e), e.changeSetId, e.author, e.createdAt, e.updatedAt, e.submittedAt,
                e.reviewer, e.reviewedAt, e.rejectionReason, e.publishedAt, e.publishedRevision, withdrawal);
    }

    public PublishedPolicy toPublished(PolicyVersionEntity e) {
        return new PublishedPolicy(e.regionCode, e.kind, e.version, e.effectiveFrom, e.effectiveTo, e.publishedAt,
                e.publishedRevision, e.confidence, json.read(e.source, PolicySource.class), e.lastReviewed, e.note,
                payload(e));
    }
}
