package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.shebao.contract.PolicyEvent;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.api.DraftRequest;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;
import org.shebao.policyservice.support.PolicyTopic;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class ChangeSetResourceTest extends ApiSupport {

    private static String changeSet(List<DraftRequest> items) {
        return Drafts.json(Map.of("title", "July update", "items", items));
    }

    @Test
    void aYearsUpdateIsImportedReviewedAndPublishedAsOneChangeAndReimportingItChangesNothing() {
        ensureRegions("971000", "971100");
        String body = changeSet(List.of(
                Drafts.contribution("971000", "2024-07-01", "2025-07-01", 4000, 20000, "0.08"),
                Drafts.contribution("971000", "2025-07-01", null, 4100, 20500, "0.08"),
                Drafts.contribution("971100", "2025-07-01", null, 5000, 25000, "0.08")));

        long id = editor("importer").body(body).post("/api/v1/change-sets").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("items.outcome", everyItem(equalTo("CREATED")))
                .extract().jsonPath().getLong("id");
        editor("importer").post("/api/v1/change-sets/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as("importer", "policy-approver").post("/api/v1/change-sets/" + id + "/approve").then().statusCode(403);
        approver("checker").post("/api/v1/change-sets/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("reviewedBy", equalTo("checker"));

        PolicyEvent province = PolicyTopic.await(broker.bootstrapServers(), "policy/971000/CONTRIBUTION",
                e -> e.timeline().versions().size() == 2);
        assertThat(province.timeline().versions()).extracting(v -> v.payload()).hasSize(2);
        PolicyTopic.await(broker.bootstrapServers(), "policy/971100/CONTRIBUTION",
                e -> e.timeline().versions().size() == 1);

        editor("importer").body(body).post("/api/v1/change-sets").then().statusCode(200)
                .body("status", equalTo("NOTHING_TO_CHANGE")).body("items.outcome", everyItem(equalTo("UNCHANGED")));
    }

    @Test
    void anImportIsAllOrNothingAndNamesTheItemsThatFail() {
        ensureRegions("972000", null);
        String badRate = changeSet(List.of(
                Drafts.contribution("972000", "2024-07-01", null, 4000, 20000, "0.08"),
                Drafts.contribution("972000", "2025-07-01", null, 4100, 20500, "8")));
        editor("importer").body(badRate).post("/api/v1/change-sets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("items[1].payload.participants[EMPLOYEE].lines[0].employeeRate"));

        String unknownRegion = changeSet(List.of(
                Drafts.contribution("972000", "2024-07-01", null, 4000, 20000, "0.08"),
                Drafts.contribution("979999", "2025-07-01", null, 4100, 20500, "0.08")));
        editor("importer").body(unknownRegion).post("/api/v1/change-sets").then().statusCode(422)
                .body("violations[0].field", equalTo("items[1].regionCode"));

        as("someone", "policy-editor").get("/api/v1/regions/972000/policies/CONTRIBUTION/history")
                .then().statusCode(200).body("size()", is(0));
        given().get("/api/v1/change-sets/1").then().statusCode(401);
    }

    @Test
    void theDryRunNamesEveryProblemOfEveryItemAndWritesNothing() {
        ensureRegions("973000", null);
        String published = changeSet(List.of(Drafts.contribution("973000", "2024-07-01", "2025-07-01", 4000, 20000,
                "0.08")));
        long id = editor("importer").body(published).post("/api/v1/change-sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        editor("importer").post("/api/v1/change-sets/" + id + "/submit").then().statusCode(200);
        approver("checker").post("/api/v1/change-sets/" + id + "/approve").then().statusCode(200);

        String body = """
                {"title": "2025 update", "items": [%s, %s, %s, %s, %s]}"""
                .formatted(Drafts.json(Drafts.contribution("973000", "2024-07-01", "2025-07-01", 4000, 20000, "0.08")),
                        Drafts.json(Drafts.contribution("973000", "2025-07-01", null, 4100, 20500, "0.08")),
                        Drafts.json(Drafts.contribution("973000", "2026-07-01", "2026-01-01", 4100, 20500, "8")),
                        Drafts.json(Drafts.contribution("979998", "2026-07-01", null, 4100, 20500, "0.08")),
                        "{\"regionCode\": \"973000\", \"kind\": \"CONTRIBUTION\", \"effectiveFrom\": \"July\"}");
        editor("importer").body(body).post("/api/v1/change-sets/validate").then().statusCode(200)
                .body("valid", is(false))
                .body("problems", empty())
                .body("items.outcome", equalTo(List.of("UNCHANGED", "NEW", "INVALID", "INVALID", "INVALID")))
                .body("items[1].problems", empty())
                // every problem of the item, not only the first
                .body("items[2].problems.field", containsInAnyOrder("items[2].effectiveTo",
                        "items[2].payload.participants[EMPLOYEE].lines[0].employeeRate"))
                .body("items[3].problems.field", equalTo(List.of("items[3].regionCode")))
                .body("items[4].problems.field", equalTo(List.of("items[4].effectiveFrom")))
                .body("items[4].regionCode", equalTo("973000"));

        editor("importer").body("{\"title\": \" \", \"items\": []}").post("/api/v1/change-sets/validate").then()
                .statusCode(200).body("valid", is(false)).body("problems.field", equalTo(List.of("title", "items")));
        as("someone", "policy-editor").get("/api/v1/regions/973000/policies/CONTRIBUTION/history")
                .then().statusCode(200).body("size()", is(1));
        approver("checker").body(body).post("/api/v1/change-sets/validate").then().statusCode(403);
    }
}
