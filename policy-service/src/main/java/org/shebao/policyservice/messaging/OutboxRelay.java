package org.shebao.policyservice.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.shebao.policyservice.config.PolicyServiceConfig;
import org.shebao.policyservice.model.OutboxEventEntity;

/**
 * Moves outbox rows to Kafka on a thread of its own, so a broker outage never blocks an operator's request: rows
 * simply wait. Each pass: hold the leadership ({@link RelayLeadership}), make sure the topic exists
 * ({@link TopicProvisioner}), take the oldest unsent rows ({@link OutboxLedger}), send the newest of each key
 * ({@link OutboxBatch}) and wait for the acknowledgements ({@link EventSender}), then mark sent what the broker
 * acknowledged. This class only schedules the passes: at once after a commit, otherwise every poll interval, and with
 * a growing pause while they fail.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxLedger ledger;

    @Inject
    EventSender sender;

    @Inject
    RelayLeadership leadership;

    @Inject
    TopicProvisioner topics;

    @Inject
    PolicyServiceConfig config;

    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;
    private volatile String lastError;
    private Counter failures;

    void start(@Observes StartupEvent event) {
        failures = registry.counter("outbox.send.failures");
        running = true;
        Thread relay = new Thread(this::loop, "outbox-relay");
        relay.setDaemon(true);
        thread = relay;
        relay.start();
    }

    /** A commit wrote outbox rows: send them now rather than at the next poll. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wakeUp.release();
    }

    @PreDestroy
    void stop() {
        running = false;
        wakeUp.release();
        Thread current = thread;
        if (current != null) {
            try {
                current.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        leadership.release();
    }

    public boolean isAlive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    public long backlog() {
        return ledger.backlog();
    }

    public boolean isLeader() {
        return leadership.isLeader();
    }

    public String lastError() {
        return lastError;
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                boolean moreWaiting = false;
                if (leadership.holdOrAcquire() && topics.ensureTopic()) {
                    moreWaiting = relayOneBatch();
                    backoff = Duration.ZERO;
                    lastError = null;
                }
                if (!moreWaiting) {
                    wakeUp.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures.increment();
                lastError = e.toString();
                backoff = nextBackoff(backoff);
                LOG.warnf("outbox relay: %s; retrying in %d ms", e, backoff.toMillis());
                sleep(backoff);
            }
        }
    }

    /** Sends the oldest unsent rows; true when a full batch went out and more may be waiting. */
    private boolean relayOneBatch() throws InterruptedException {
        int batchSize = config.relay().batchSize();
        List<OutboxEventEntity> rows = ledger.oldestUnsent(batchSize);
        if (rows.isEmpty()) {
            return false;
        }
        OutboxBatch batch = OutboxBatch.coalesce(rows);
        EventSender.Delivery delivery = sender.send(batch.toSend());
        ledger.markSent(batch.settled(delivery.acknowledged()));
        if (delivery.failure() != null) {
            throw delivery.failure();
        }
        return rows.size() == batchSize;
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? Duration.ofMillis(200) : current.multipliedBy(2);
        return next.compareTo(config.relay().maxBackoff()) > 0 ? config.relay().maxBackoff() : next;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
