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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shebao.localstack.ApiClient;
import org.shebao.localstack.PolicyDataLoader;
import org.shebao.localstack.ServiceProcesses;
import org.shebao.localstack.SystemUnderTest;

/**
 * An operator's publication in policy-service changes calc-service's answer over the real broker; calc-service rebuilds
 * its state from Kafka alone after a restart, and is not ready before it has caught up.
 */
// In random order, to keep them independent: each starts from the whole system ready (everythingRuns) and leaves
// the data valid for the others.
@TestMethodOrder(MethodOrderer.Random.class)
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

    @BeforeEach
    void everythingRuns() {
        system.ensureRunning();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
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
    void aPublishedRateChangeReachesCalculationsInTwoRegions() {
        for (String region : new String[] { "110000", "310000" }) {
            BigDecimal before = employeePension(awaitAnswer(region));
            long started = System.nanoTime();
            int published = publishRaisedEmployeePensionRate(region);

            JsonNode after = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> awaitAnswer(region), answer -> citedVersion(answer) == published);
            System.out.printf("publish-to-visible %s: %d ms%n", region, (System.nanoTime() - started) / 1_000_000);
            assertThat(employeePension(after)).isNotEqualByComparingTo(before);
            assertThat(after.get("policies").get(0).get("confidence").asText()).isEqualTo("ESTIMATE");
        }
    }

    @Test
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
    void calcServiceIsNotReadyUntilItHasCaughtUpWithTheTopic() {
        JsonNode caughtUp = ApiClient.read(system.calcApi.get("/api/v1/state").body());
        JsonNode answer = awaitAnswer("110000");
        system.calc.stop();
        system.kafka.stop();

        // Running, yet unable to read the topic: however long it took to start, it cannot have caught up.
        system.startCalcService(false);
        Awaitility.await().atMost(SystemUnderTest.READY_TIMEOUT)
                .until(() -> status(system.calcApi, "/q/health/live") == 200 || !system.calc.isAlive());
        ServiceProcesses.failIfExited(system.calc);
        assertThat(status(system.calcApi, "/q/health/ready")).isEqualTo(503);

        system.kafka.start();
        ServiceProcesses.awaitReady(system.calc, system.calcApi, SystemUnderTest.READY_TIMEOUT);
        JsonNode state = ApiClient.read(system.calcApi.get("/api/v1/state").body());
        assertThat(state.get("caughtUp").asBoolean()).isTrue();
        assertThat(state.get("entries")).isEqualTo(caughtUp.get("entries"));
        JsonNode afterCatchUp = awaitAnswer("110000");
        assertThat(afterCatchUp.get("lines")).isEqualTo(answer.get("lines"));
        assertThat(afterCatchUp.get("policies")).isEqualTo(answer.get("policies"));
    }

    /**
     * Publishes a correction of the version in force for July 2025 whose employee pension rate is 0.1 percentage
     * point above the one in force, whatever an earlier test published.
     */
    private int publishRaisedEmployeePensionRate(String region) {
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
                ((ObjectNode) line).put("employeeRate",
                        line.get("employeeRate").decimalValue().add(new BigDecimal("0.001")));
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
