package org.shebao.calcservice.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.SeededPolicyTopic;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyEvent;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicySource;
import org.shebao.contract.PolicyTimeline;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.ContributionLine;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.Rounding;
import org.shebao.localstack.KafkaBroker;
import org.shebao.localstack.quarkus.InjectTestResource;

/**
 * The state follows the topic: newer revisions replace, older and duplicate ones never move it back. Readiness is
 * {@link PolicyStateReadinessTest}'s, which holds a record back.
 */
@QuarkusTest
@WithTestResource(SeededPolicyTopic.class)
class PolicyStateTest {

    @InjectTestResource
    KafkaBroker broker;

    /** Every test starts from the whole seeded data set (thousands of records), as a ready instance holds it. */
    @BeforeEach
    void ready() {
        Awaitility.await("calc-service caught up with the seeded topic").atMost(Duration.ofSeconds(120))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void metricsShowConsumerLagStalenessAndRequests() {
        given().contentType(ContentType.JSON).body("{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\","
                + "\"month\":\"2025-07\",\"wage\":10000}").post("/api/v1/contributions").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("policy_state_staleness_seconds", "kafka_consumer_fetch_manager_records_lag",
                "policy_events_total", "http_server_requests_seconds_count");
    }

    @Test
    void aNewerRevisionChangesTheAnswerAndAnOlderOneIsIgnored() {
        send(region("998000"));
        send(timeline("998000", 2, "0.07"));
        awaitEmployeePension("998000", 700.00f);

        send(timeline("998000", 1, "0.09"));
        send(timeline("998000", 2, "0.09"));
        send(timeline("998000", 3, "0.08"));
        awaitEmployeePension("998000", 800.00f);
        given().get("/api/v1/state").then()
                .body("entries.find { it.key == 'policy/998000/CONTRIBUTION' }.revision", is(3));
    }

    @Test
    void anUnreadableRecordIsSkippedAndTheRestStillApplies() throws Exception {
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(
                Map.of("bootstrap.servers", broker.bootstrapServers()),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(SeededPolicyTopic.TOPIC,
                    "policy/997000/CONTRIBUTION", "{\"schemaVersion\":1,\"garbage\":true}")).get();
        }
        send(region("997000"));
        send(timeline("997000", 1, "0.08"));
        awaitEmployeePension("997000", 800.00f);
    }

    private void awaitEmployeePension(String region, float amount) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().contentType(ContentType.JSON)
                .body("{\"regionCode\":\"" + region + "\",\"participantType\":\"EMPLOYEE\",\"month\":\"2025-07\","
                        + "\"wage\":10000}")
                .post("/api/v1/contributions").then().statusCode(200)
                .body("result.lines[0].employeeAmount", is(amount)));
    }

    private void send(PolicyEvent event) {
        SeededPolicyTopic.send(broker.bootstrapServers(), List.of(event));
    }

    private static PolicyEvent region(String code) {
        return PolicyEvent.of(new Region(code, "测试省" + code, RegionLevel.PROVINCE, Region.NATION, 7), 1,
                Instant.now());
    }

    private static PolicyEvent timeline(String region, long revision, String employeeRate) {
        ContributionLine pension = new ContributionLine(InsuranceType.PENSION, "养老保险", null, new BigDecimal("0.16"),
                new BigDecimal(employeeRate), null, null, null, null);
        ContributionPolicy payload = new ContributionPolicy(Map.of(ParticipantType.EMPLOYEE, new ContributionSchedule(
                new BaseRange(new BigDecimal("1000"), new BigDecimal("50000")), List.of(pension), null, null)),
                Rounding.FEN_HALF_UP);
        PublishedPolicy version = new PublishedPolicy(region, PolicyKind.CONTRIBUTION, (int) revision,
                LocalDate.parse("2024-01-01"), null, Instant.now(), revision, Confidence.ESTIMATE,
                new PolicySource(null, "test", "https://example.org", LocalDate.parse("2026-01-01"), null, "test"),
                null, null, payload);
        return PolicyEvent.of(new PolicyTimeline(region, PolicyKind.CONTRIBUTION, revision, List.of(version)),
                Instant.now());
    }
}
