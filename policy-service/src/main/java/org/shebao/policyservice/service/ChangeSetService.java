package org.shebao.policyservice.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shebao.policyservice.api.ChangeSetRequest;
import org.shebao.policyservice.api.DraftRequest;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.model.AuditedState;
import org.shebao.policyservice.model.ChangeSetEntity;
import org.shebao.policyservice.model.ChangeSetStatus;
import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.repository.ChangeSetRepository;
import org.shebao.policyservice.repository.PolicyVersionRepository;
import org.shebao.policyservice.repository.RegionRepository;

/**
 * Bulk import: many drafts created all or nothing, then submitted, approved (four-eyes) and published as one change —
 * how a bureau publishes a whole year's July update at once.
 */
@ApplicationScoped
public class ChangeSetService {

    /**
     * A change set and its items.
     *
     * @param set   {@code null} when an import found every item already published, so nothing was created
     * @param title the set's title, also when nothing was created
     * @param items in request order; an import's answer gives each item's index, a later read lists the drafts created
     */
    public record Contents(ChangeSetEntity set, String title, String importedBy, List<Item> items) {
    }

    /** One item: the draft created for it, or the published version it is identical to. */
    public record Item(Integer index, boolean created, PolicyVersionEntity version) {
    }

    @Inject
    DraftService drafts;

    @Inject
    PublishingService publishing;

    @Inject
    PolicyVersionRepository versions;

    @Inject
    RegionRepository regions;

    @Inject
    ChangeSetRepository changeSets;

    @Inject
    PolicyVersionMapper mapper;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional
    public Contents importDrafts(ChangeSetRequest request, String actor) {
        requireKnownRegions(request.items());
        List<Optional<PolicyVersionEntity>> identical = request.items().stream()
                .map(this::publishedIdentical)
                .toList();
        if (identical.stream().allMatch(Optional::isPresent)) {
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < identical.size(); i++) {
                items.add(new Item(i, false, identical.get(i).orElseThrow()));
            }
            return new Contents(null, request.title(), actor, items);
        }
        ChangeSetEntity set = new ChangeSetEntity();
        set.title = request.title();
        set.status = ChangeSetStatus.DRAFT;
        set.createdBy = actor;
        set.createdAt = clock.instant();
        changeSets.persist(set);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            Optional<PolicyVersionEntity> published = identical.get(i);
            items.add(published.isPresent()
                    ? new Item(i, false, published.get())
                    : new Item(i, true, drafts.newDraft(request.items().get(i), actor, set.id)));
        }
        audit.record(actor, "CHANGE_SET_CREATED", "CHANGE_SET", set.id, null, null,
                items.stream().filter(Item::created).count() + " drafts: "
                        + set.title);
        return new Contents(set, set.title, set.createdBy, items);
    }

    public Contents get(long id) {
        ChangeSetEntity set = load(id);
        List<Item> items = versions.inChangeSet(id).stream()
                .map(member -> new Item(null, true, member))
                .toList();
        return new Contents(set, set.title, set.createdBy, items);
    }

    @Transactional
    public Contents submit(long id, String actor) {
        ChangeSetEntity set = loadIn(id, ChangeSetStatus.DRAFT);
        drafts.markSubmitted(versions.inChangeSet(id));
        set.status = ChangeSetStatus.SUBMITTED;
        set.submittedAt = clock.instant();
        audit.record(actor, "CHANGE_SET_SUBMITTED", "CHANGE_SET", id,
                AuditedState.status(ChangeSetStatus.DRAFT), AuditedState.status(ChangeSetStatus.SUBMITTED),
                null);
        return get(id);
    }

    @Transactional
    public Contents approve(long id, String actor) {
        ChangeSetEntity set = loadIn(id, ChangeSetStatus.SUBMITTED);
        VersionLoader.requireSecondPerson(set.createdBy, actor, "a change set");
        List<PolicyVersionEntity> members = versions.inChangeSet(id);
        members.forEach(v -> VersionLoader.requireSecondPerson(v.author, actor, "a version"));
        publishing.publish(members, actor);
        markReviewed(set, ChangeSetStatus.PUBLISHED, actor, null);
        return get(id);
    }

    @Transactional
    public Contents reject(long id, String reason, String actor) {
        ChangeSetEntity set = loadIn(id, ChangeSetStatus.SUBMITTED);
        publishing.markRejected(versions.inChangeSet(id), reason, actor);
        markReviewed(set, ChangeSetStatus.REJECTED, actor, reason);
        return get(id);
    }

    private void markReviewed(ChangeSetEntity set, ChangeSetStatus status, String actor, String reason) {
        ChangeSetStatus before = set.status;
        set.status = status;
        set.reviewedBy = actor;
        set.reviewedAt = clock.instant();
        set.rejectionReason = reason;
        audit.record(actor, "CHANGE_SET_" + status, "CHANGE_SET", set.id, AuditedState.status(before),
                AuditedState.status(status), reason);
    }

    /** All or nothing: every unknown region in the request is reported, by item index, before anything is written. */
    private void requireKnownRegions(List<DraftRequest> items) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String code = items.get(i).regionCode();
            if (regions.findById(code) == null) {
                errors.add(new FieldError("items[" + i + "].regionCode", "no region " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInput.unprocessable(errors);
        }
    }

    /** The published version this draft would repeat unchanged (an import skips it), if any. */
    Optional<PolicyVersionEntity> publishedIdentical(DraftRequest draft) {
        PolicyVersionEntity candidate = new PolicyVersionEntity();
        mapper.applyDraft(draft, candidate);
        return versions.findPublishedIdentical(candidate);
    }

    private ChangeSetEntity load(long id) {
        ChangeSetEntity set = changeSets.findById(id);
        if (set == null) {
            throw new NotFound("no change set " + id);
        }
        return set;
    }

    private ChangeSetEntity loadIn(long id, ChangeSetStatus expected) {
        ChangeSetEntity set = load(id);
        if (set.status != expected) {
            throw new WorkflowConflict("change set " + id + " is " + set.status + ", not " + expected);
        }
        return set;
    }
}
