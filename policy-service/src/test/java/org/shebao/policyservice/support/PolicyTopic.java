package org.shebao.policyservice.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.shebao.contract.PolicyEvent;

/** Reads the real policy topic from the beginning, as a consumer that rebuilds its state would. */
public final class PolicyTopic {

    public static final String NAME = "policy-events";

    private PolicyTopic() {
    }

    /** Every record now on the topic, in partition order. */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(NAME, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(NAME, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    public static List<PolicyEvent> events(String bootstrapServers, String key) {
        return readAll(bootstrapServers).stream()
                .filter(r -> r.key().equals(key))
                .map(r -> read(r.value()))
                .toList();
    }

    /** Waits until the latest event of {@code key} satisfies {@code condition}, and returns it. */
    public static PolicyEvent await(String bootstrapServers, String key, Predicate<PolicyEvent> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    List<PolicyEvent> events = events(bootstrapServers, key);
                    return events.isEmpty() ? null : events.get(events.size() - 1);
                }, event -> event != null && condition.test(event));
    }

    public static PolicyEvent read(String json) {
        try {
            return Drafts.JSON.readValue(json, PolicyEvent.class);
        } catch (Exception e) {
            throw new AssertionError("not a policy event: " + json, e);
        }
    }
}
