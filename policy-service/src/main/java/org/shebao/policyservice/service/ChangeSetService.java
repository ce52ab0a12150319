package org.shebao.policyservice.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.shebao.policyservice.api.ChangeSetRequest;
import org.shebao.policyservice.api.ChangeSetView;
import org.shebao.policyservice.api.DraftRequest;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.model.ChangeSetEntity;
import org.shebao.policyservice.model.ChangeSetStatus;
import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.model.VersionStatus;
import org.shebao.policyservice.repository.ChangeSetRepository;
import org.shebao.policyservice.repository.PolicyVersionRepository;
import org.shebao.policyservice.repository.RegionRepository;

/**
 * Bulk import: many drafts created all or nothing, then submitted, approved (four-eyes) and published as one change —
 * how a bureau publishes a whole year's July update at once.
 */
@ApplicationScoped
public class ChangeSetService {

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
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public ChangeSetView importDrafts(ChangeSetRequest request, String actor) {
        requireKnownRegions(request.items());
        List<Optional<PolicyVersionEntity>> identical = request.items().stream()
                .map(this::publishedIdentical)
                .toList();
        if (identical.stream().allMatch(Optional::isPresent)) {
            List<ChangeSetView.Item> items = new ArrayList<>();
            for (int i = 0; i < identical.size(); i++) {
                items.add(item(i, ChangeSetView.Outcome.UNCHANGED, identical.get(i).orElseThrow()));
            }
            return new ChangeSetView(null, request.title(), ChangeSetView.NOTHING_TO_CHANGE, actor, null, null, null,
                    null, null, items);
        }
        ChangeSetEntity set = new ChangeSetEntity();
        set.title = request.title();
        set.status = ChangeSetStatus.DRAFT;
        set.createdBy = actor;
        set.createdAt = clock.instant();
        changeSets.persist(set);
        List<ChangeSetView.Item> items = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            Optional<PolicyVersionEntity> published = identical.get(i);
            items.add(published.isPresent()
                    ? item(i, ChangeSetView.Outcome.UNCHANGED, published.get())
                    : item(i, ChangeSetView.Outcome.CREATED, drafts.newDraft(request.items().get(i), actor, set.id)));
        }
        audit.record(actor, "CHANGE_SET_CREATED", "CHANGE_SET", set.id, null, null,
                items.stream().filter(it -> it.outcome() == ChangeSetView.Outcome.CREATED).count() + " drafts: "
                        + set.title);
        return view(set, items);
    }

    public ChangeSetView get(long id) {
        ChangeSetEntity set = load(id);
        List<ChangeSetView.Item> items = versions.inChangeSet(id).stream()
                .map(member -> item(null, ChangeSetView.Outcome.CREATED, member))
                .toList();
        return view(set, items);
    }

    @Transactional
    public ChangeSetView submit(long id, String actor) {
        ChangeSetEntity set = loadIn(id, ChangeSetStatus.DRAFT);
        drafts.markSubmitted(versions.inChangeSet(id));
        set.status = ChangeSetStatus.SUBMITTED;
        set.submittedAt = clock.instant();
        audit.record(actor, "CHANGE_SET_SUBMITTED", "CHANGE_SET", id, ChangeSetStatus.DRAFT, ChangeSetStatus.SUBMITTED,
                null);
        return get(id);
    }

    @Transactional
    public ChangeSetView approve(long id, String actor) {
        ChangeSetEntity set = loadIn(id, ChangeSetStatus.SUBMITTED);
        VersionLoader.requireSecondPerson(set.createdBy, actor, "a change set");
        List<PolicyVersionEntity> members = versions.inChangeSet(id);
        members.forEach(v -> VersionLoader.requireSecondPerson(v.author, actor, "a version"));
        publishing.publish(members, actor);
        markReviewed(set, ChangeSetStatus.PUBLISHED, actor, null);
        return get(id);
    }

    @Transactional
    public ChangeSetView reject(long id, String reason, String actor) {
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
        audit.record(actor, "CHANGE_SET_" + status, "CHANGE_SET", set.id, before, status, reason);
    }

    /** All or nothing: every unknown region in the request is reported, by item index, before anything is written. */
    private void requireKnownRegions(List<DraftRequest> items) {
        List<Problems.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String code = items.get(i).regionCode();
            if (regions.findById(code) == null) {
                errors.add(new Problems.FieldError("items[" + i + "].regionCode", "no region " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.unprocessable(errors);
        }
    }

    private Optional<PolicyVersionEntity> publishedIdentical(DraftRequest draft) {
        PolicyVersionEntity candidate = new PolicyVersionEntity();
        mapper.applyDraft(draft, candidate);
        return versions.findPublishedIdentical(candidate);
    }

    private ChangeSetEntity load(long id) {
        ChangeSetEntity set = changeSets.findById(id);
        if (set == null) {
            throw Problems.notFound("no change set " + id);
        }
        return set;
    }

    private ChangeSetEntity loadIn(long id, ChangeSetStatus expected) {
        ChangeSetEntity set = load(id);
        if (set.status != expected) {
            throw Problems.conflict("change set " + id + " is " + set.status + ", not " + expected);
        }
        return set;
    }

    private static ChangeSetView.Item item(Integer index, ChangeSetView.Outcome outcome, PolicyVersionEntity v) {
        return new ChangeSetView.Item(index, outcome, v.id, v.regionCode, v.kind, v.version, v.effectiveFrom);
    }

    private static ChangeSetView view(ChangeSetEntity set, List<ChangeSetView.Item> items) {
        return new ChangeSetView(set.id, set.title, set.status.name(), set.createdBy, set.createdAt, set.submittedAt,
                set.reviewedBy, set.reviewedAt, set.rejectionReason, items);
    }
}
