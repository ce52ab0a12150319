package org.shebao.policyservice.data;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.DataSet;
import org.shebao.policyservice.support.Drafts;

/**
 * The real data set goes through the same path as an operator's work: region PUTs, one bulk import with the API's
 * validation, submission and a second person's approval. Then every named city resolves a CONTRIBUTION for 2025-07.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class PolicyDataSetTest extends ApiSupport {

    private static boolean loaded;

    private void loadOnce() {
        if (loaded) {
            return;
        }
        putDataSetRegions();
        long id = editor("data-editor").body(changeSet()).post("/api/v1/change-sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        editor("data-editor").post("/api/v1/change-sets/" + id + "/submit").then().statusCode(200);
        approver("data-approver").post("/api/v1/change-sets/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        loaded = true;
    }

    private static String changeSet() {
        List<JsonNode> drafts = DataSet.drafts();
        return Drafts.json(Map.of("title", "Data set", "items", drafts));
    }

    @Test
    void atLeastTwelveRegionsPublishTheirOwnContributionPolicy() {
        loadOnce();
        given().queryParam("kind", "CONTRIBUTION").queryParam("size", 1000).get("/api/v1/regions")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(12));
    }

    @ParameterizedTest
    @ValueSource(strings = { "110000", "310000", "440100", "440300", "330100", "510100", "420100", "341200" })
    void everyNamedCityResolvesAContributionPolicyForJuly2025(String city) {
        loadOnce();
        given().queryParam("date", "2025-07-01").queryParam("kind", "CONTRIBUTION")
                .get("/api/v1/regions/" + city + "/policies").then().statusCode(200)
                .body("size()", is(1))
                .body("[0].version.status", equalTo("PUBLISHED"))
                .body("[0].version.source.url", notNullValue());
    }

    @Test
    void reimportingTheDataSetChangesNothing() {
        loadOnce();
        editor("data-editor").body(changeSet()).post("/api/v1/change-sets").then().statusCode(200)
                .body("status", equalTo("NOTHING_TO_CHANGE"));
    }
}
