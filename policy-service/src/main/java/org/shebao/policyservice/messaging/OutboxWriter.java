package org.shebao.policyservice.messaging;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.shebao.contract.PolicyEvent;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicyTimeline;
import org.shebao.contract.PublishedPolicy;
import org.shebao.policyservice.mapping.JsonCodec;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.model.OutboxEventEntity;
import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.model.RegionEntity;
import org.shebao.policyservice.repository.OutboxRepository;

/**
 * Writes events into the outbox inside the caller's transaction: the change and its event commit together or not at
 * all. Each event carries the complete current state of its key, so the topic alone rebuilds everything.
 */
@ApplicationScoped
public class OutboxWriter {

    /** The order of versions in a timeline event: by start, then by version number. */
    private static final Comparator<PolicyVersionEntity> TIMELINE_ORDER = Comparator
            .comparing((PolicyVersionEntity v) -> v.effectiveFrom).thenComparingInt(v -> v.version);

    @Inject
    OutboxRepository outbox;

    @Inject
    PolicyVersionMapper mapper;

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxWritten> written;

    /** Announces the complete timeline of a key: {@code published} is every version of it now published. */
    public void timelineChanged(String regionCode, PolicyKind kind, long revision,
            List<PolicyVersionEntity> published) {
        List<PublishedPolicy> timeline = published.stream()
                .sorted(TIMELINE_ORDER)
                .map(mapper::toPublished)
                .toList();
        append(PolicyEvent.of(new PolicyTimeline(regionCode, kind, revision, timeline), clock.instant()));
    }

    public void regionChanged(RegionEntity region) {
        append(PolicyEvent.of(region.toRegion(), region.revision, clock.instant()));
    }

    private void append(PolicyEvent event) {
        OutboxEventEntity row = new OutboxEventEntity();
        row.eventKey = event.key();
        row.revision = event.revision();
        row.payload = json.write(event);
        row.createdAt = event.emittedAt();
        outbox.persist(row);
        written.fire(new OutboxWritten());
    }
}
