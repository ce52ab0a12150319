package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.DataSet;
import org.shebao.policyservice.support.Drafts;

/**
 * Every operation of the API document, called with data-set policies: each answer has the documented status, media
 * type, headers and schema, and every example of the document validates against its schema.
 * <p>
 * The answer examples of the document are these calls' answers: {@code -Dopenapi.examples.write=true} stores them
 * (with their parameters and requests) under {@code src/main/resources/openapi/examples/}, one file per operation.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class ApiContractTest extends ApiSupport {

    private static final Path EXAMPLES = Path.of("src/main/resources/openapi/examples");
    private static final String BEIJING = "110000";

    /** Large listings are cut to their first few entries in the stored examples. */
    private static final int LISTED_IN_EXAMPLES = 3;

    private final Map<String, ObjectNode> calls = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private JsonNode document;
    private long withdrawn;

    @Test
    void everyOperationAnswersAsDocumented() throws IOException {
        document = Drafts.JSON.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        regions();
        changeSets();
        oneVersionThroughItsLife();
        reads();
        problems();

        assertThat(calls.keySet()).as("operations called").isEqualTo(operationIds());
        if (Boolean.getBoolean("openapi.examples.write")) {
            write();
        } else {
            documentedExamples();
        }
        assertThat(failures).isEmpty();
    }

    private void regions() {
        JsonNode regions = DataSet.regions();
        call("putRegion", approver("region-admin"), "PUT", "/api/v1/regions/{code}", Map.of("code", "100000"),
                regions.get(0));
        ArrayNode some = Drafts.JSON.createArrayNode().add(regions.get(0)).add(region(BEIJING));
        call("importRegions", approver("region-admin"), "PUT", "/api/v1/regions", Map.of(), some);
        call("putRegion", approver("region-admin"), "PUT", "/api/v1/regions/{code}", Map.of("code", BEIJING),
                region(BEIJING));
        call("getRegion", given(), "GET", "/api/v1/regions/{code}", Map.of("code", BEIJING), null);
    }

    private void changeSets() {
        // The data set's 北京 contributions and national guides, published (as already, if another test did).
        for (List<JsonNode> drafts : List.of(drafts(BEIJING, "CONTRIBUTION"), drafts("100000", "GUIDE"))) {
            Response imported = editor("importer").body(changeSet("数据集导入", drafts).toString())
                    .post("/api/v1/change-sets");
            if (imported.statusCode() == 201) {
                long id = imported.jsonPath().getLong("id");
                editor("importer").post("/api/v1/change-sets/" + id + "/submit").then().statusCode(200);
                approver("bob").post("/api/v1/change-sets/" + id + "/approve").then().statusCode(200);
            }
        }
        call("createChangeSet", editor("alice"), "POST", "/api/v1/change-sets", Map.of(),
                changeSet("北京2024–2026年度社保缴费基数（重新导入）", drafts(BEIJING, "CONTRIBUTION")));

        JsonNode next = later(latest(BEIJING, "CONTRIBUTION"), "2029-07-01", "2030-07-01");
        // valid by the schema (as a documented example must be), but ending before it begins
        JsonNode reversed = later(latest(BEIJING, "CONTRIBUTION"), "2030-07-01", "2030-01-01");
        call("validateChangeSet", editor("alice"), "POST", "/api/v1/change-sets/validate", Map.of(),
                changeSet("北京2029–2030年度社保缴费基数", List.of(latest(BEIJING, "CONTRIBUTION"), next, reversed)));
        long id = call("createChangeSet", editor("alice"), "POST", "/api/v1/change-sets", Map.of(),
                changeSet("北京2029年度社保缴费基数", List.of(next))).jsonPath().getLong("id");
        call("getChangeSet", editor("alice"), "GET", "/api/v1/change-sets/{id}", Map.of("id", id), null);
        call("submitChangeSet", editor("alice"), "POST", "/api/v1/change-sets/{id}/submit", Map.of("id", id), null);
        call("approveChangeSet", approver("bob"), "POST", "/api/v1/change-sets/{id}/approve", Map.of("id", id), null);

        JsonNode rejected = later(latest(BEIJING, "CONTRIBUTION"), "2031-07-01", "2032-07-01");
        long other = editor("alice").body(changeSet("北京2031年度社保缴费基数", List.of(rejected)).toString())
                .post("/api/v1/change-sets").then().statusCode(201).extract().jsonPath().getLong("id");
        editor("alice").post("/api/v1/change-sets/" + other + "/submit").then().statusCode(200);
        call("rejectChangeSet", approver("bob"), "POST", "/api/v1/change-sets/{id}/reject", Map.of("id", other),
                reason("2031年度的基数尚未公布"));
    }

    private void oneVersionThroughItsLife() {
        ObjectNode draft = later(latest(BEIJING, "CONTRIBUTION"), "2030-07-01", "2031-07-01");
        Response created = call("createDraft", editor("alice"), "POST", "/api/v1/policies", Map.of(), draft);
        long id = created.jsonPath().getLong("id");
        withdrawn = id;
        call("getPolicyVersion", editor("alice"), "GET", "/api/v1/policies/{id}", Map.of("id", id), null);
        draft.put("note", draft.get("note").asText() + " 按2026年度基数暂列。");
        String etag = call("updateDraft", editor("alice"), "PUT", "/api/v1/policies/{id}",
                Map.of("id", id, "If-Match", created.header("ETag")), draft).header("ETag");
        etag = call("submitPolicyVersion", editor("alice"), "POST", "/api/v1/policies/{id}/submit",
                Map.of("id", id, "If-Match", etag), null).header("ETag");
        call("approvePolicyVersion", approver("bob"), "POST", "/api/v1/policies/{id}/approve",
                Map.of("id", id, "If-Match", etag), null);
        call("requestWithdrawal", approver("bob"), "POST", "/api/v1/policies/{id}/withdrawal-request",
                Map.of("id", id), reason("2030年度基数将按官方通知另行发布，暂列版本撤回"));
        call("withdrawPolicyVersion", approver("carol"), "POST", "/api/v1/policies/{id}/withdraw",
                Map.of("id", id), null);

        long rejected = editor("alice").body(draft.toString()).post("/api/v1/policies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        editor("alice").post("/api/v1/policies/" + rejected + "/submit").then().statusCode(200);
        call("rejectPolicyVersion", approver("bob"), "POST", "/api/v1/policies/{id}/reject", Map.of("id", rejected),
                reason("依据仍是2026年度的通知，请等待2030年度的通知"));

        Response discarded = editor("alice").body(draft.toString()).post("/api/v1/policies");
        call("deleteDraft", editor("alice"), "DELETE", "/api/v1/policies/{id}",
                Map.of("id", discarded.jsonPath().getLong("id"), "If-Match", discarded.header("ETag")), null);
    }

    private void reads() {
        JsonNode history = call("getPolicyHistory", given(), "GET", "/api/v1/regions/{code}/policies/{kind}/history",
                Map.of("code", BEIJING, "kind", "CONTRIBUTION"), null).as(JsonNode.class);
        long from = idFrom(history, "2026-07-01");
        long to = idFrom(history, "2029-07-01");
        call("diffPolicyVersion", given(), "GET", "/api/v1/policies/{id}/diff", Map.of("id", to, "against", from),
                null);
        call("listPolicyVersions", approver("bob"), "GET", "/api/v1/policies",
                Map.of("status", "WITHDRAWN", "regionCode", BEIJING, "kind", "CONTRIBUTION"), null);
        call("listPoliciesInForce", given(), "GET", "/api/v1/regions/{code}/policies",
                Map.of("code", BEIJING, "date", "2025-08-01", "kind", "CONTRIBUTION"), null);
        call("listGuidesInForce", given(), "GET", "/api/v1/regions/{code}/guides",
                Map.of("code", BEIJING, "date", "2025-08-01"), null);
        call("getCoverage", given(), "GET", "/api/v1/coverage", Map.of("date", "2025-08-01", "kind", "CONTRIBUTION"),
                null);
        call("searchRegions", given(), "GET", "/api/v1/regions",
                Map.of("q", "北京", "level", "PROVINCE", "kind", "CONTRIBUTION", "page", 0, "size", 10), null);
        call("searchAudit", approver("bob"), "GET", "/api/v1/audit",
                Map.of("entityType", "POLICY_VERSION", "entityId", String.valueOf(withdrawn), "actor", "bob",
                        "regionCode", BEIJING, "page", 0, "size", 2),
                null);
    }

    /** Problem answers have the fields of their documented examples. */
    private void problems() {
        problem("Unauthorized", given().contentType(ContentType.JSON).body("{}").post("/api/v1/policies"));
        problem("NotFound", given().get("/api/v1/policies/99999999"));
        problem("UnsupportedMediaType", approver("region-admin").contentType(ContentType.TEXT).body(BEIJING)
                .put("/api/v1/regions/" + BEIJING));
        problem("BadRequest", given().queryParam("stauts", "DRAFT").get("/api/v1/regions"));
    }

    private void problem(String name, Response answer) {
        JsonNode documented = document.at("/components/responses/" + name + "/content/application~1problem+json");
        JsonNode body = answer.as(JsonNode.class);
        assertThat(answer.contentType()).as(name).startsWith("application/problem+json");
        validate(name, documented.get("schema"), body);
        Set<String> fields = new TreeSet<>();
        body.fieldNames().forEachRemaining(fields::add);
        List<Set<String>> documentedFields = new ArrayList<>();
        documented.get("examples").forEach(example -> {
            Set<String> names = new TreeSet<>();
            example.get("value").fieldNames().forEachRemaining(names::add);
            documentedFields.add(names);
        });
        if (!documentedFields.contains(fields)) {
            failures.add(name + " answered " + body + ", unlike its examples " + documentedFields);
        }
    }

    /**
     * Calls an operation: parameters named in the path template go into the path, If-Match into its header, the
     * others into the query. Checks the answer against the document and keeps the first answer of each status.
     */
    private Response call(String operationId, RequestSpecification spec, String method, String template,
            Map<String, ?> parameters, JsonNode body) {
        Map<String, Object> path = new LinkedHashMap<>();
        Matcher names = Pattern.compile("\\{(\\w+)}").matcher(template);
        while (names.find()) {
            path.put(names.group(1), parameters.get(names.group(1)));
        }
        parameters.forEach((name, value) -> {
            if (name.equals("If-Match")) {
                spec.header(name, value);
            } else if (!path.containsKey(name)) {
                spec.queryParam(name, value);
            }
        });
        if (body != null) {
            spec.contentType(ContentType.JSON).body(body.toString());
        }
        Response answer = spec.request(method, template, path.values().toArray());
        String status = String.valueOf(answer.statusCode());
        JsonNode documented = operation(operationId).path("responses").path(status);
        if (documented.isMissingNode()) {
            failures.add(operationId + " answered " + status + ", which is not documented: " + answer.asString());
            return answer;
        }
        ObjectNode call = calls.computeIfAbsent(operationId, id -> Drafts.JSON.createObjectNode());
        if (!call.has("parameters")) {
            call.set("parameters", Drafts.JSON.valueToTree(new TreeMap<>(parameters)));
            if (body != null) {
                call.set("request", body);
            }
        }
        ObjectNode responses = call.has("responses") ? (ObjectNode) call.get("responses") : call.putObject("responses");
        documented.path("headers").fieldNames().forEachRemaining(header -> {
            if (answer.header(header) == null) {
                failures.add(operationId + " " + status + " without header " + header);
            }
        });
        JsonNode schema = documented.at("/content/application~1json/schema");
        if (schema.isMissingNode()) {
            if (!answer.asString().isEmpty()) {
                failures.add(operationId + " " + status + " has a body, documented without");
            }
            return answer;
        }
        assertThat(answer.contentType()).as(operationId).startsWith("application/json");
        JsonNode value = answer.as(JsonNode.class);
        validate(operationId + " " + status, schema, value);
        if (!responses.has(status)) {
            responses.set(status, value);
        }
        return answer;
    }

    private void documentedExamples() {
        document.path("paths").forEach(item -> item.forEach(operation -> {
            String id = operation.path("operationId").asText();
            operation.path("parameters").forEach(p -> {
                if (!p.has("example")) {
                    failures.add(id + " parameter " + p.get("name").asText() + " has no example");
                } else {
                    validate(id + " parameter " + p.get("name").asText(), p.get("schema"), p.get("example"));
                }
            });
            operation.at("/requestBody/content").forEach(media -> examples(id + " request", media));
            operation.path("responses").fields().forEachRemaining(answer -> {
                JsonNode response = answer.getValue().has("$ref") ? component(answer.getValue()) : answer.getValue();
                response.path("content").forEach(media -> examples(id + " " + answer.getKey(), media));
            });
        }));
    }

    private void examples(String what, JsonNode media) {
        List<JsonNode> values = new ArrayList<>();
        if (media.has("example")) {
            values.add(media.get("example"));
        }
        media.path("examples").forEach(example -> values.add(
                example.has("$ref") ? component(example).get("value") : example.get("value")));
        if (values.isEmpty()) {
            failures.add(what + " has no example");
        }
        values.forEach(value -> validate(what + " example", media.get("schema"), value));
    }

    private void validate(String what, JsonNode schema, JsonNode value) {
        ObjectNode root = schema.deepCopy();
        root.set("components", document.get("components"));
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(root).validate(value);
        errors.forEach(error -> failures.add(what + ": " + error.getMessage()));
    }

    private JsonNode component(JsonNode reference) {
        return document.at(reference.get("$ref").asText().substring(1));
    }

    private JsonNode operation(String operationId) {
        for (JsonNode item : document.path("paths")) {
            for (JsonNode operation : item) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    return operation;
                }
            }
        }
        throw new AssertionError("no operation " + operationId);
    }

    private Set<String> operationIds() {
        Set<String> ids = new TreeSet<>();
        document.path("paths").forEach(item -> item.forEach(op -> ids.add(op.path("operationId").asText())));
        return ids;
    }

    private void write() throws IOException {
        Files.createDirectories(EXAMPLES);
        for (Map.Entry<String, ObjectNode> call : calls.entrySet()) {
            call.getValue().path("responses").forEach(ApiContractTest::shorten);
            Files.writeString(EXAMPLES.resolve(call.getKey() + ".json"),
                    Drafts.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(call.getValue()) + "\n");
        }
    }

    /** Cuts the long listings of an answer (coverage of every 统筹区, every version) to their first entries. */
    private static void shorten(JsonNode answer) {
        if (answer.isArray()) {
            while (answer.size() > LISTED_IN_EXAMPLES) {
                ((ArrayNode) answer).remove(answer.size() - 1);
            }
        } else if (answer.isObject()) {
            answer.forEach(field -> {
                if (field.isArray() && field.size() > LISTED_IN_EXAMPLES && field.get(0).isObject()) {
                    shorten(field);
                }
            });
        }
    }

    private static JsonNode region(String code) {
        for (JsonNode region : DataSet.regions()) {
            if (region.get("code").asText().equals(code)) {
                return region;
            }
        }
        throw new AssertionError("no region " + code + " in the data set");
    }

    private static List<JsonNode> drafts(String regionCode, String kind) {
        return DataSet.drafts().stream()
                .filter(d -> d.get("regionCode").asText().equals(regionCode) && d.get("kind").asText().equals(kind))
                .toList();
    }

    private static JsonNode latest(String regionCode, String kind) {
        List<JsonNode> drafts = drafts(regionCode, kind);
        return drafts.get(drafts.size() - 1);
    }

    /** The draft again for a later period, said to be a provisional copy. */
    private static ObjectNode later(JsonNode draft, String from, String to) {
        ObjectNode copy = draft.deepCopy();
        copy.put("effectiveFrom", from);
        copy.put("effectiveTo", to);
        copy.put("note", "Provisional: the figures of the version from " + draft.get("effectiveFrom").asText()
                + ", until the notice for " + from.substring(0, 4) + " is published.");
        return copy;
    }

    private static ObjectNode changeSet(String title, List<JsonNode> drafts) {
        ObjectNode set = Drafts.JSON.createObjectNode().put("title", title);
        set.putArray("items").addAll(drafts);
        return set;
    }

    private static ObjectNode reason(String reason) {
        return Drafts.JSON.createObjectNode().set("reason", TextNode.valueOf(reason));
    }

    private static long idFrom(JsonNode history, String effectiveFrom) {
        for (JsonNode version : history) {
            if (version.get("effectiveFrom").asText().equals(effectiveFrom)
                    && version.get("status").asText().equals("PUBLISHED")) {
                return version.get("id").asLong();
            }
        }
        throw new AssertionError("no published version from " + effectiveFrom + " in " + history);
    }
}
