package org.shebao.policyservice.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shebao.contract.PolicyEvent;
import org.shebao.localstack.KafkaBroker;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;
import org.shebao.policyservice.support.PolicyTopic;

/**
 * Publishing never waits for the broker, and no event is lost or reordered when the broker goes away in the middle of
 * a stream of publications and comes back at the same address.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class BrokerOutageTest extends ApiSupport {

    private static final int PUBLICATIONS_PER_KEY = 6;

    @AfterEach
    void brokerIsBack() {
        if (!broker.isRunning()) {
            broker.start();
        }
    }

    @Test
    void brokerStoppedMidStream() {
        publishThroughAnOutage(List.of("981000", "982000"), KafkaBroker::stop);
    }

    @Test
    void brokerKilledMidStream() {
        publishThroughAnOutage(List.of("983000", "984000"), KafkaBroker::kill);
    }

    private void publishThroughAnOutage(List<String> regions, Consumer<KafkaBroker> outage) {
        regions.forEach(region -> ensureRegions(region, null));
        Map<String, Integer> published = new LinkedHashMap<>();
        for (int i = 0; i < PUBLICATIONS_PER_KEY; i++) {
            if (i == PUBLICATIONS_PER_KEY / 2) {
                outage.accept(broker);
            }
            for (String region : regions) {
                publish(Drafts.contribution(region, (2020 + i) + "-07-01", null, 1000 + i, 9000 + i, "0.08"));
                published.merge(region, 1, Integer::sum);
            }
        }
        // Every publication since the outage was approved while the broker was down: none waited for it.
        assertThat(broker.isRunning()).isFalse();
        broker.start();

        for (String region : regions) {
            String key = "policy/" + region + "/CONTRIBUTION";
            PolicyEvent last = PolicyTopic.await(broker.bootstrapServers(), key,
                    e -> e.revision() == PUBLICATIONS_PER_KEY);
            assertThat(last.timeline().versions()).hasSize(published.get(region));
            assertThat(revisionsOnTopic(key)).as("revisions of %s in topic order", key).isSorted();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/live")
                .then().statusCode(200).body("checks.find { it.name == 'outbox-relay' }.data.backlog",
                        is(0)));
    }

    private List<Long> revisionsOnTopic(String key) {
        List<Long> revisions = new ArrayList<>();
        for (ConsumerRecord<String, String> record : PolicyTopic.readAll(broker.bootstrapServers())) {
            if (record.key().equals(key)) {
                revisions.add(PolicyTopic.read(record.value()).revision());
            }
        }
        return revisions;
    }
}
