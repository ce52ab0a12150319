package org.shebao.policyservice.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import org.shebao.policyservice.model.OutboxEventEntity;
import org.shebao.policyservice.repository.OutboxRepository;

/**
 * The relay's reads and writes of the outbox, each in a short transaction of its own (the relay's thread has none),
 * and the backlog they leave, for health and metrics.
 */
@ApplicationScoped
public class OutboxLedger {

    @Inject
    OutboxRepository outbox;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentEpochSecond = new AtomicLong();

    void registerMeters(@Observes StartupEvent event) {
        registry.gauge("outbox.backlog", backlog);
        registry.gauge("outbox.oldest.unsent.age.seconds", oldestUnsentEpochSecond,
                epoch -> epoch.get() == 0 ? 0 : clock.instant().getEpochSecond() - epoch.get());
    }

    /** The oldest unsent rows, in the order written. */
    List<OutboxEventEntity> oldestUnsent(int limit) {
        List<OutboxEventEntity> rows = QuarkusTransaction.requiringNew().call(() -> outbox.oldestUnsent(limit));
        refreshBacklog();
        return rows;
    }

    void markSent(List<Long> ids) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> outbox.markSent(ids, now));
        refreshBacklog();
    }

    long backlog() {
        return backlog.get();
    }

    private void refreshBacklog() {
        QuarkusTransaction.requiringNew().run(() -> {
            backlog.set(outbox.backlog());
            Instant oldest = outbox.oldestUnsentCreatedAt();
            oldestUnsentEpochSecond.set(oldest == null ? 0 : oldest.getEpochSecond());
        });
    }
}
