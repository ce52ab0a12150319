package org.shebao.calcservice.messaging;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.shebao.calcservice.state.PolicyState;
import org.shebao.contract.PolicyEvent;

/**
 * Applies policy events to the state. A record that does not parse is counted and skipped rather than blocking the
 * partition: the next publication of its key replaces it anyway.
 */
@ApplicationScoped
public class PolicyEventConsumer {

    /** The channel of the policy topic; its settings are {@code mp.messaging.incoming.policy-events.*}. */
    public static final String CHANNEL = "policy-events";

    private static final Logger LOG = Logger.getLogger(PolicyEventConsumer.class);

    @Inject
    PolicyState state;

    @Inject
    CatchUp catchUp;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    @Incoming(CHANNEL)
    public void apply(ConsumerRecord<String, String> record) {
        try {
            PolicyEvent event = mapper.readValue(record.value(), PolicyEvent.class);
            boolean changed = state.apply(event, clock.instant());
            registry.counter("policy.events", "outcome", changed ? "applied" : "ignored-not-newer").increment();
        } catch (Exception e) {
            registry.counter("policy.events", "outcome", "rejected").increment();
            LOG.errorf("skipping unreadable policy event at %s-%d offset %d (key %s): %s", record.topic(),
                    record.partition(), record.offset(), record.key(), e.getMessage());
        } finally {
            catchUp.applied(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
    }
}
