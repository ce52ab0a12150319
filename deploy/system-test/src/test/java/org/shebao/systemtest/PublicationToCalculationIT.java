package org.shebao.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shebao.localstack.ApiClient;
import org.shebao.localstack.PolicyDataLoader;

/**
 * An operator's publication in policy-service changes calc-service's answer over the real broker; calc-service rebuilds
 * its state from Kafka alone after a restart, and is not ready before it has caught up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationToCalculationIT {

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = new SystemUnderTest();
        system.startPolicyService();
        new PolicyDataLoader(system.policyApi, system.jwt, System.out::println)
                .load(system.repoRoot.resolve("deploy/data"));
        system.startCalcService(true);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(0)
    void everyNamedCityIsAnsweredFromTheLoadedDataNamingThePolicyAndItsSource() {
        for (String city : new String[] { "110000", "310000", "440100", "440300", "330100", "510100", "420100",
                "341200" }) {
            JsonNode policy = awaitAnswer(city).get("policies").get(0);
            assertThat(policy.get("kind").asText()).as(city).isEqualTo("CONTRIBUTION");
            assertThat(policy.get("effectiveFrom").asText()).as(city).isLessThanOrEqualTo("2025-07-01");
            assertThat(policy.get("source").get("url").asText()).as(city).startsWith("http");
        }
    }

    @Test
    @Order(1)
    void aPublishedRateChangeReachesCalculationsInTwoRegions() {
        for (String region : new String[] { "110000", "310000" }) {
            BigDecimal before = employeePension(awaitAnswer(region));
            long started = System.nanoTime();
            int published = publishEmployeePensionRate(region, new BigDecimal("0.085"));

            JsonNode after = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> awaitAnswer(region), answer -> citedVersion(answer) == published);
            System.out.printf("publish-to-visible %s: %d ms%n", region, (System.nanoTime() - started) / 1_000_000);
            assertThat(employeePension(after)).isNotEqualByComparingTo(before);
            assertThat(after.get("policies").get(0).get("confidence").asText()).isEqualTo("ESTIMATE");
        }
    }

    @Test
    @Order(2)
    void aRestartedCalcServiceRebuildsItsStateFromKafkaAlone() {
        JsonNode beforeRestart = awaitAnswer("110000");
        system.policy.stop();
        system.calc.stop();

        system.startCalcService(true);
        JsonNode afterRestart = awaitAnswer("110000");

        assertThat(afterRestart.get("result")).isEqualTo(beforeRestart.get("result"));
        assertThat(afterRestart.get("policies")).isEqualTo(beforeRestart.get("policies"));
        system.startPolicyService();
    }

    @Test
    @Order(3)
    void calcServiceIsNotReadyUntilItHasCaughtUpWithTheTopic() {
        system.calc.stop();
        system.kafka.stop();
        system.startCalcService(false);

        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> status(system.calcApi, "/q/health/ready") == 503);
        system.kafka.start();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> status(system.calcApi, "/q/health/ready") == 200);

        JsonNode state = ApiClient.read(system.calcApi.get("/api/v1/state").body());
        assertThat(state.get("caughtUp").asBoolean()).isTrue();
        assertThat(state.get("entries").size()).isGreaterThan(40);
        assertThat(employeePension(awaitAnswer("110000"))).isEqualByComparingTo("850.00");
    }

    /** Publishes a correction of the version in force for July 2025 with another employee pension rate. */
    private int publishEmployeePensionRate(String region, BigDecimal rate) {
        JsonNode inForce = ApiClient.read(system.policyApi.get("/api/v1/regions/" + region
                + "/policies?date=2025-07-01&kind=CONTRIBUTION").body()).get(0).get("version");
        ObjectNode draft = ApiClient.read("{}").deepCopy();
        draft.put("regionCode", region).put("kind", "CONTRIBUTION").put("effectiveFrom", "2025-07-01")
                .put("confidence", "ESTIMATE").put("note", "system test: a correction of the employee pension rate");
        draft.set("effectiveTo", inForce.get("declaredEffectiveTo"));
        ObjectNode source = draft.putObject("source");
        source.put("title", "System test").put("url", "https://example.org/system-test").put("publishedOn", "2026-11-01")
                .put("derivation", "not a real figure: the system test changes the rate to see it reach calc-service");
        ObjectNode payload = inForce.get("payload").deepCopy();
        for (JsonNode line : payload.get("participants").get("EMPLOYEE").get("lines")) {
            if (line.get("insurance").asText().equals("PENSION")) {
                ((ObjectNode) line).put("employeeRate", rate);
            }
        }
        draft.set("payload", payload);

        HttpResponse<String> created = system.asEditor("POST", "/api/v1/policies", draft);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode version = ApiClient.read(created.body());
        String id = version.get("id").asText();
        assertThat(system.asEditor("POST", "/api/v1/policies/" + id + "/submit", null).statusCode()).isEqualTo(200);
        assertThat(system.asApprover("POST", "/api/v1/policies/" + id + "/approve", null).statusCode()).isEqualTo(200);
        return version.get("version").asInt();
    }

    private static JsonNode awaitAnswer(String region) {
        String body = "{\"regionCode\":\"" + region + "\",\"participantType\":\"EMPLOYEE\",\"month\":\"2025-07\","
                + "\"wage\":10000}";
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> answer = system.calculate(body);
            return answer.statusCode() == 200 ? ApiClient.read(answer.body()) : null;
        }, answer -> answer != null);
    }

    private static BigDecimal employeePension(JsonNode answer) {
        for (JsonNode line : answer.get("result").get("lines")) {
            if (line.get("insurance").asText().equals("PENSION")) {
                return line.get("employeeAmount").decimalValue();
            }
        }
        throw new AssertionError("no pension line in " + answer);
    }

    private static int citedVersion(JsonNode answer) {
        return answer.get("policies").get(0).get("version").asInt();
    }

    private static int status(ApiClient api, String path) {
        try {
            return api.get(path).statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
