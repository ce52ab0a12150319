package org.shebao.calcservice.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.shebao.contract.PolicyEvent;
import org.shebao.localstack.quarkus.KafkaTestResource;

/**
 * A real broker whose policy topic (compacted, kept forever, as policy-service creates it) already holds the data set's
 * events when calc-service starts, as after a restart.
 */
public class SeededPolicyTopic extends KafkaTestResource {

    public static final String TOPIC = "policy-events";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        broker().createTopic(TOPIC, 3, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.RETENTION_MS_CONFIG, "-1"));
        send(broker().bootstrapServers(), DataSetEvents.all());
        return config;
    }

    /** Sends events to the topic in order, as policy-service's relay does. */
    public static void send(String bootstrapServers, List<PolicyEvent> events) {
        Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new StringSerializer())) {
            for (PolicyEvent event : events) {
                producer.send(new ProducerRecord<>(TOPIC, event.key(), DataSetEvents.JSON.writeValueAsString(event)))
                        .get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot seed the policy topic", e);
        }
    }
}
