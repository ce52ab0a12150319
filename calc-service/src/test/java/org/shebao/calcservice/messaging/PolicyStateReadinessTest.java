package org.shebao.calcservice.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.DataSetEvents;
import org.shebao.calcservice.support.SeededPolicyTopic;
import org.shebao.contract.PolicyEvent;
import org.shebao.localstack.KafkaBroker;
import org.shebao.localstack.quarkus.InjectTestResource;

/**
 * Readiness waits for the very last record the topic held at start. The consumer gets every seeded record but one,
 * held back in front of it; with all the others applied the service must still be not ready, and it becomes ready once
 * that record arrives. Readiness that came one record early, or before the consumer knew where the topic ended, fails
 * here whatever the machine's speed.
 */
@QuarkusTest
@WithTestResource(SeededPolicyTopic.class)
@TestProfile(PolicyStateReadinessTest.HoldingBackTheLastSeededRecord.class)
class PolicyStateReadinessTest {

    private static final List<PolicyEvent> SEEDED = DataSetEvents.all();
    /** The last record sent, hence the last of its partition. */
    private static final PolicyEvent HELD = SEEDED.get(SEEDED.size() - 1);
    private static final Duration GENEROUS = Duration.ofSeconds(90);
    private static final String POLICY_STATE = "checks.find { it.name == 'policy-state' }";

    @InjectTestResource
    KafkaBroker broker;

    @AfterEach
    void release() {
        HoldBack.OPEN.set(true);
    }

    @Test
    void readyOnlyOnceTheLastSeededRecordIsApplied() {
        Awaitility.await("every seeded record but the held one applied").atMost(GENEROUS)
                .until(() -> HoldBack.HELD.get() != null && readiness().getLong(POLICY_STATE + ".data.appliedEvents")
                        == SEEDED.size() - 1);

        JsonPath notYet = readiness();
        assertThat(notYet.getString(POLICY_STATE + ".status")).isEqualTo("DOWN");
        assertThat(notYet.getBoolean(POLICY_STATE + ".data.caughtUp")).isFalse();
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(503);

        HoldBack.OPEN.set(true);
        // A fetch brings the held record in; the duplicate that triggers it changes nothing (same revision).
        SeededPolicyTopic.send(broker.bootstrapServers(), List.of(HELD));

        Awaitility.await("ready after the held record").atMost(GENEROUS)
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        JsonPath state = given().get("/api/v1/state").then().statusCode(200).extract().jsonPath();
        assertThat(state.getBoolean("caughtUp")).isTrue();
        assertThat(state.getLong("appliedEvents")).isEqualTo(SEEDED.size());
        assertThat(state.getList("entries.key", String.class)).containsExactlyInAnyOrderElementsOf(
                SEEDED.stream().map(PolicyEvent::key).collect(Collectors.toSet()));
    }

    private static JsonPath readiness() {
        return given().get("/q/health/ready").jsonPath();
    }

    /** Installs {@link HoldBack} on calc-service's consumer. */
    public static class HoldingBackTheLastSeededRecord implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.policy-events.interceptor.classes", HoldBack.class.getName());
        }
    }

    /**
     * Takes the held record out of what the consumer polls until {@link #OPEN}, then hands it back in front of the
     * next records fetched. Kafka creates it by class name, hence the static state.
     */
    public static class HoldBack implements ConsumerInterceptor<String, String> {

        static final AtomicBoolean OPEN = new AtomicBoolean();
        static final AtomicReference<ConsumerRecord<String, String>> HELD = new AtomicReference<>();

        @Override
        public ConsumerRecords<String, String> onConsume(ConsumerRecords<String, String> polled) {
            Map<TopicPartition, List<ConsumerRecord<String, String>>> passed = new LinkedHashMap<>();
            ConsumerRecord<String, String> released = OPEN.get() ? HELD.getAndSet(null) : null;
            if (released != null) {
                passed.computeIfAbsent(partition(released), p -> new ArrayList<>()).add(released);
            }
            for (ConsumerRecord<String, String> record : polled) {
                if (!OPEN.get() && PolicyStateReadinessTest.HELD.key().equals(record.key())) {
                    HELD.set(record);
                } else {
                    passed.computeIfAbsent(partition(record), p -> new ArrayList<>()).add(record);
                }
            }
            return new ConsumerRecords<>(passed, polled.nextOffsets());
        }

        private static TopicPartition partition(ConsumerRecord<?, ?> record) {
            return new TopicPartition(record.topic(), record.partition());
        }

        @Override
        public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }
}
