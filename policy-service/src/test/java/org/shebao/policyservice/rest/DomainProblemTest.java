package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;

/**
 * The complete problem body of every refusal the services make, as clients see it: type, title, status, detail,
 * instance and violations.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class DomainProblemTest extends ApiSupport {

    private static final String REGION = "962000";

    private long draft(String author) {
        return editor(author).body(Drafts.json(Drafts.contribution(REGION, "2024-07-01", null, 100, 200, "0.08")))
                .post("/api/v1/policies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> body(Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json").extract().jsonPath().getMap("");
    }

    private static Map<String, Object> problem(String type, int status, String title, String detail,
            String instance) {
        return Map.of("type", "urn:shebao:problem:" + type, "status", status, "title", title, "detail", detail,
                "instance", instance);
    }

    @Test
    void notFound() {
        assertThat(body(given().get("/api/v1/policies/999999999"), 404))
                .isEqualTo(problem("not-found", 404, "Not Found", "no policy version 999999999",
                        "/api/v1/policies/999999999"));
        assertThat(body(given().get("/api/v1/regions/969998"), 404))
                .isEqualTo(problem("not-found", 404, "Not Found", "no region 969998", "/api/v1/regions/969998"));
    }

    @Test
    void conflictForbiddenAndPreconditions() {
        ensureRegions(REGION, null);
        long id = draft("lena");
        String path = "/api/v1/policies/" + id;
        assertThat(body(approver("omar").post(path + "/approve"), 409)).isEqualTo(problem("conflict", 409,
                "Conflict", "version " + id + " is DRAFT, not SUBMITTED", path + "/approve"));
        assertThat(body(editor("omar").post(path + "/submit"), 403)).isEqualTo(problem("four-eyes", 403,
                "Forbidden", "version " + id + " is a draft of lena; only its author may change, discard or submit it",
                path + "/submit"));
        assertThat(body(editor("lena").delete(path), 428)).isEqualTo(problem("if-match-required", 428,
                "Precondition Required", "send If-Match with the ETag of the version as you last read it", path));
        assertThat(body(editor("lena").header("If-Match", "\"7\"").delete(path), 412)).isEqualTo(problem(
                "stale-version", 412, "Precondition Failed", "version " + id + " changed since you read it (ETag now \"0\")",
                path));
        editor("lena").post(path + "/submit").then().statusCode(200);
        assertThat(body(as("lena", "policy-approver").post(path + "/approve"), 403)).isEqualTo(problem("four-eyes",
                403, "Forbidden", "four-eyes: lena may not approve a version of their own", path + "/approve"));
    }

    @Test
    void invalidFieldsNameTheFieldAndWhereItIs() {
        ensureRegions(REGION, null);
        long id = draft("lena");
        String moved = Drafts.json(Drafts.contribution("961000", "2024-07-01", null, 100, 200, "0.08"));
        String message = "cannot change: versions are numbered within their region and kind; create a new draft instead";
        assertThat(body(editor("lena").header("If-Match", "\"0\"").body(moved).put("/api/v1/policies/" + id), 400))
                .isEqualTo(invalid(400, "Bad Request", "regionCode: " + message, "/api/v1/policies/" + id,
                        List.of(violation("regionCode", "body", message))));

        long other = draft("lena");
        ensureRegions("963000", null);
        long foreign = editor("lena").body(Drafts.json(Drafts.contribution("963000", "2024-07-01", null, 1, 2, "0.08")))
                .post("/api/v1/policies").then().statusCode(201).extract().jsonPath().getLong("id");
        String diff = "/api/v1/policies/" + other + "/diff";
        assertThat(body(editor("lena").queryParam("against", foreign).get(diff), 400))
                .isEqualTo(invalid(400, "Bad Request", "against: compare versions of the same region and kind", diff,
                        List.of(violation("against", "query", "compare versions of the same region and kind"))));
        assertThat(body(given().queryParam("entityType", "THING").auth().oauth2(jwt.token("x", "policy-approver"))
                .get("/api/v1/audit"), 400)).isEqualTo(invalid(400, "Bad Request",
                        "entityType: must be one of [REGION, POLICY_VERSION, CHANGE_SET]", "/api/v1/audit",
                        List.of(violation("entityType", "query", "must be one of [REGION, POLICY_VERSION, CHANGE_SET]"))));
    }

    @Test
    void unprocessableListsEveryField() {
        ensureRegions(REGION, null);
        Region region = new Region("100000", "全国", RegionLevel.PROVINCE, "962000", 7);
        assertThat(body(approver("omar").body(Drafts.json(region)).put("/api/v1/regions/100000"), 422))
                .isEqualTo(invalid(422, "Unprocessable Content", "2 fields are invalid", "/api/v1/regions/100000",
                        List.of(violation("level", "body", "only 100000 is NATIONAL"), violation("parentCode", "body",
                                "must be an existing NATIONAL region for a PROVINCE"))));
    }

    private static Map<String, Object> invalid(int status, String title, String detail, String instance,
            List<Map<String, String>> violations) {
        return Map.of("type", "urn:shebao:problem:invalid-request", "status", status, "title", title, "detail", detail,
                "instance", instance, "violations", violations);
    }

    private static Map<String, String> violation(String field, String in, String message) {
        return Map.of("field", field, "in", in, "message", message);
    }
}
