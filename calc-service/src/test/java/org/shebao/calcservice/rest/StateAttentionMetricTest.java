package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.BrokerlessProfile;

/** The state's attention list on the data set "today", and the gauge that counts it without naming regions. */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class StateAttentionMetricTest {

    @Test
    void theGaugeCountsTheListedTimelinesPerKindAndStatus() {
        List<Map<String, Object>> attention = given().get("/api/v1/state").then().statusCode(200)
                .extract().jsonPath().getList("attention");
        assertThat(attention).as("the data set has provisional CONTRIBUTION figures in November 2026")
                .anySatisfy(entry -> assertThat(entry).containsEntry("kind", "CONTRIBUTION")
                        .containsEntry("status", "PROVISIONAL"));
        long provisionalContributions = attention.stream()
                .filter(entry -> "CONTRIBUTION".equals(entry.get("kind")) && "PROVISIONAL".equals(entry.get("status")))
                .count();

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(line -> line.startsWith("policy_state_attention{"))
                .filter(line -> line.contains("kind=\"CONTRIBUTION\"") && line.contains("status=\"PROVISIONAL\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))))
                .containsExactly((double) provisionalContributions);
        assertThat(metrics.lines().filter(line -> line.startsWith("policy_state_attention{")))
                .noneMatch(line -> line.contains("region"));
    }
}
