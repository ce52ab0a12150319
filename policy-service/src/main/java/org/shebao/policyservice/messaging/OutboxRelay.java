package org.shebao.policyservice.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.shebao.policyservice.config.PolicyServiceConfig;
import org.shebao.policyservice.model.OutboxEventEntity;
import org.shebao.policyservice.repository.OutboxRepository;

/**
 * Moves outbox rows to Kafka and marks them sent only once the broker has acknowledged them (acks=all, idempotent
 * producer). It runs on its own thread, so a broker outage never blocks an operator's request: rows simply wait.
 * <p>
 * Order per key: each value is the complete state of its key, so of several unsent rows of one key only the newest is
 * sent and the older ones are marked superseded. Within a batch every key therefore appears once, and a row is only
 * ever resent while no newer row of its key has gone out — an older revision never lands after a newer one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxRepository outbox;

    @Inject
    RelayLeadership leadership;

    @Inject
    TopicProvisioner topics;

    @Inject
    PolicyServiceConfig config;

    @Inject
    Clock clock;

    @Inject
    @Channel("policy-events")
    MutinyEmitter<String> emitter;

    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentEpochSecond = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile String lastError;
    private Counter sent;
    private Counter failures;
    private Timer latency;

    void start(@Observes StartupEvent event) {
        registry.gauge("outbox.backlog", backlog);
        registry.gauge("outbox.oldest.unsent.age.seconds", oldestUnsentEpochSecond,
                epoch -> epoch.get() == 0 ? 0 : clock.instant().getEpochSecond() - epoch.get());
        sent = registry.counter("outbox.events.sent");
        failures = registry.counter("outbox.send.failures");
        latency = registry.timer("outbox.commit.to.ack");
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
        return backlog.get();
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
        List<OutboxEventEntity> batch = QuarkusTransaction.requiringNew()
                .call(() -> outbox.oldestUnsent(config.relay().batchSize()));
        refreshBacklog();
        if (batch.isEmpty()) {
            return false;
        }
        Map<String, OutboxEventEntity> newestPerKey = new LinkedHashMap<>();
        List<Long> superseded = new ArrayList<>();
        for (OutboxEventEntity row : batch) {
            OutboxEventEntity previous = newestPerKey.put(row.eventKey, row);
            if (previous != null) {
                superseded.add(previous.id);
            }
        }
        List<OutboxEventEntity> toSend = new ArrayList<>(newestPerKey.values());
        List<CompletableFuture<Void>> acks = toSend.stream().map(this::send).toList();
        List<Long> acknowledged = new ArrayList<>(superseded);
        RuntimeException failure = null;
        for (int i = 0; i < toSend.size(); i++) {
            try {
                acks.get(i).get(config.relay().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(toSend.get(i).id);
                sent.increment();
                latency.record(Duration.between(toSend.get(i).createdAt, clock.instant()));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                failure = new IllegalStateException("broker did not acknowledge event " + toSend.get(i).id + " ("
                        + toSend.get(i).eventKey + "): " + rootMessage(e), e);
                break;
            }
        }
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> outbox.markSent(acknowledged, now));
        refreshBacklog();
        if (failure != null) {
            throw failure;
        }
        return batch.size() == config.relay().batchSize();
    }

    private CompletableFuture<Void> send(OutboxEventEntity row) {
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(row.eventKey).build());
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }

    private void refreshBacklog() {
        QuarkusTransaction.requiringNew().run(() -> {
            backlog.set(outbox.backlog());
            Instant oldest = outbox.oldestUnsentCreatedAt();
            oldestUnsentEpochSecond.set(oldest == null ? 0 : oldest.getEpochSecond());
        });
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

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }
}
