package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;

/**
 * The audit log shows each change's states as the API shows the entities: views, statuses and dates; it filters by
 * operator and by region.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class AuditLogTest extends ApiSupport {

    private List<Map<String, Object>> entries(String entityType, Object entityId) {
        return approver("auditor").queryParam("entityType", entityType).queryParam("entityId", entityId)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static Map<String, Object> action(List<Map<String, Object>> entries, String action) {
        return entries.stream().filter(e -> e.get("action").equals(action)).findFirst().orElseThrow();
    }

    @Test
    void statesAreShownAsTheApiShowsThem() {
        ensureRegions("964000", null);
        Map<String, Object> draft = editor("author")
                .body(Drafts.json(Drafts.contribution("964000", "2024-07-01", null, 1, 2, "0.08")))
                .post("/api/v1/policies").then().statusCode(201).extract().jsonPath().getMap("");
        long first = ((Number) draft.get("id")).longValue();
        editor("author").post("/api/v1/policies/" + first + "/submit").then().statusCode(200);
        approver("reviewer").post("/api/v1/policies/" + first + "/approve").then().statusCode(200);
        long second = publish(Drafts.contribution("964000", "2025-07-01", null, 3, 4, "0.08"));

        List<Map<String, Object>> firstEntries = entries("POLICY_VERSION", first);
        assertThat(action(firstEntries, "DRAFT_CREATED").get("after")).isEqualTo(draft);
        assertThat(action(firstEntries, "DRAFT_CREATED")).doesNotContainKey("before");
        assertThat(action(firstEntries, "SUBMITTED")).containsEntry("before", "DRAFT").containsEntry("after",
                "SUBMITTED");
        assertThat(action(firstEntries, "PUBLISHED")).containsEntry("before", "SUBMITTED")
                .containsEntry("after", "PUBLISHED").containsEntry("detail", "revision 1");
        assertThat(action(firstEntries, "ENDED_BY_PUBLICATION")).containsEntry("after", "2025-07-01")
                .containsEntry("actor", "reviewer");
        assertThat(action(entries("POLICY_VERSION", second), "PUBLISHED")).containsEntry("detail", "revision 2");

        Map<String, Object> region = action(entries("REGION", "964000"), "REGION_CREATED");
        assertThat(region.get("after")).isEqualTo(given().get("/api/v1/regions/964000").then().statusCode(200)
                .extract().jsonPath().getMap(""));
    }

    @Test
    void filtersByRegionAndByOperator() {
        ensureRegions("968000", null);
        ensureRegions("969000", null);
        long mine = publish(Drafts.contribution("968000", "2024-07-01", null, 1, 2, "0.08"));
        long other = publish(Drafts.contribution("969000", "2024-07-01", null, 1, 2, "0.08"));
        long changeSet = editor("importer")
                .body(Drafts.json(Map.of("title", "968000 2025", "items",
                        List.of(Drafts.contribution("968000", "2025-07-01", null, 3, 4, "0.08")))))
                .post("/api/v1/change-sets").then().statusCode(201).extract().jsonPath().getLong("id");

        List<Map<String, Object>> region = approver("auditor").queryParam("regionCode", "968000").queryParam("size", 1000)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(region).extracting(e -> e.get("entityType") + "/" + e.get("entityId"))
                .contains("REGION/968000", "POLICY_VERSION/" + mine, "CHANGE_SET/" + changeSet)
                .doesNotContain("REGION/969000", "POLICY_VERSION/" + other);

        List<Map<String, Object>> byImporter = approver("auditor").queryParam("regionCode", "968000")
                .queryParam("actor", "importer").get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(byImporter).isNotEmpty().allSatisfy(e -> assertThat(e).containsEntry("actor", "importer"))
                .extracting(e -> e.get("entityType") + "/" + e.get("entityId")).contains("CHANGE_SET/" + changeSet);

        approver("auditor").queryParam("regionCode", "北京").get("/api/v1/audit").then().statusCode(400)
                .body("violations[0].field", equalTo("regionCode"));
    }
}
