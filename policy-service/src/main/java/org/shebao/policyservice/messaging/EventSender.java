package org.shebao.policyservice.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.shebao.policyservice.config.PolicyServiceConfig;
import org.shebao.policyservice.model.OutboxEventEntity;

/** Sends outbox rows to the topic and waits for the broker's acknowledgements (acks=all, idempotent producer). */
@ApplicationScoped
public class EventSender {

    /** The channel of the policy topic, configured under {@code mp.messaging.outgoing.policy-events}. */
    static final String CHANNEL = "policy-events";

    /**
     * The rows the broker acknowledged, in the order sent, up to the first it did not.
     *
     * @param failure why the rest were not acknowledged; {@code null} when all were
     */
    record Delivery(List<OutboxEventEntity> acknowledged, RuntimeException failure) {
    }

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<String> emitter;

    @Inject
    PolicyServiceConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    private Counter sent;
    private Timer latency;

    void registerMeters(@Observes StartupEvent event) {
        sent = registry.counter("outbox.events.sent");
        latency = registry.timer("outbox.commit.to.ack");
    }

    /** Sends every row at once, then waits for each acknowledgement in turn, each within the ack timeout. */
    Delivery send(List<OutboxEventEntity> rows) throws InterruptedException {
        List<CompletableFuture<Void>> acks = rows.stream().map(this::send).toList();
        List<OutboxEventEntity> acknowledged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            OutboxEventEntity row = rows.get(i);
            try {
                acks.get(i).get(config.relay().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                return new Delivery(acknowledged, new IllegalStateException("broker did not acknowledge event "
                        + row.id + " (" + row.eventKey + "): " + rootMessage(e), e));
            }
            acknowledged.add(row);
            sent.increment();
            latency.record(Duration.between(row.createdAt, clock.instant()));
        }
        return new Delivery(acknowledged, null);
    }

    private CompletableFuture<Void> send(OutboxEventEntity row) {
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(row.eventKey).build());
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }
}
