package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.BrokerlessProfile;
import org.shebao.localstack.transcript.TranscriptCheck;

/**
 * The API document as a contract for generated clients: stable names, typed answers whose examples are real answers,
 * months as strings. The document itself is pinned, and compared in every build, by deploy/contract-test.
 */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class OpenApiDocumentTest {

    /** Exact numbers, as the guide's answers are read: an example's {@code 1600.00} is not {@code 1600}. */
    private static final ObjectMapper JSON = TranscriptCheck.JSON;

    static JsonNode document;

    @TestHTTPResource("/")
    URL service;

    /** Read once; RestAssured knows the test port only once the application runs. */
    @BeforeEach
    void read() throws IOException {
        if (document == null) {
            document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .extract().asString());
        }
    }

    @Test
    void isOpenApi31() {
        assertThat(document.get("openapi").asText()).startsWith("3.1");
    }

    /** The names generated clients call, fixed (docs/api.md): each operation has its operationId and tag. */
    @Test
    void everyOperationHasItsStableOperationIdAndTag() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("post /api/v1/contributions", "calculateContribution Contributions"),
                Map.entry("post /api/v1/contributions/batch", "calculateContributionBatch Contributions"),
                Map.entry("post /api/v1/contributions/adjustments", "calculateAdjustment Contributions"),
                Map.entry("get /api/v1/retirement-age", "getRetirementAge Retirement"),
                Map.entry("post /api/v1/pensions/estimate", "estimatePension Pensions"),
                Map.entry("post /api/v1/pensions/projection", "projectPension Pensions"),
                Map.entry("post /api/v1/medical/reimbursements", "calculateReimbursement Medical insurance"),
                Map.entry("post /api/v1/resident-medical/quote", "quoteResidentMedical Medical insurance"),
                Map.entry("get /api/v1/medical/eligibility", "getMedicalEligibility Medical insurance"),
                Map.entry("get /api/v1/medical/personal-account", "getPersonalAccountCredit Medical insurance"),
                Map.entry("get /api/v1/medical/out-of-area-guide", "getOutOfAreaGuide Guidance"),
                Map.entry("get /api/v1/guides", "listGuides Guidance"),
                Map.entry("post /api/v1/salary/take-home", "calculateTakeHome Salary"),
                Map.entry("get /api/v1/state", "getState State"),
                Map.entry("get /api/v1/ping", "ping State")));
        Map<String, String> actual = new TreeMap<>();
        operations().forEach((key, operation) -> actual.put(key, operation.get("operationId").asText() + " "
                + operation.at("/tags/0").asText()));
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * Every 200 answer has a named schema and an example that is a real answer: the answer of one of the guide's
     * requests (docs/api.md, which GuideTranscriptsTest keeps true), revisions aside.
     */
    @Test
    void everyAnswerIsTypedAndItsExampleIsARealAnswer() {
        TranscriptCheck guide = new TranscriptCheck(service.toString().replaceAll("/$", ""), GuideTranscriptsTest.RULES,
                text -> text);
        List<JsonNode> answers = GuideTranscriptsTest.calcTranscripts().map(guide::run)
                .map(TranscriptCheck.Outcome::body).filter(Objects::nonNull)
                .map(OpenApiDocumentTest::withoutRevisions).toList();
        operations().forEach((key, operation) -> {
            JsonNode json = operation.at("/responses/200/content/application~1json");
            if (json.isMissingNode()) {
                return;
            }
            assertThat(json.at("/schema/$ref").asText()).as(key).startsWith("#/components/schemas/");
            JsonNode example = withoutRevisions(json.at("/examples/dataSet/value"));
            assertThat(answers.stream().anyMatch(answer -> answer.equals(example)
                    || trimmedState(answer).equals(example))).as("%s answers as one of the guide's requests", key)
                    .isTrue();
        });
    }

    /** Revisions count the events of a timeline, so they depend on the order the data set was loaded. */
    private static JsonNode withoutRevisions(JsonNode node) {
        JsonNode copy = node.deepCopy();
        copy.findParents("revision").forEach(parent -> ((ObjectNode) parent).remove("revision"));
        return copy;
    }

    /** Months on the wire are "2025-07", never an object. */
    @Test
    void monthsAreStringsOfTheirPattern() {
        assertThat(document.at("/components/schemas/ContributionQuery/properties/month/$ref").asText())
                .isEqualTo("#/components/schemas/YearMonth");
        JsonNode month = document.at("/components/schemas/YearMonth");
        assertThat(month.get("type").asText()).isEqualTo("string");
        assertThat(month.get("pattern").asText()).isEqualTo("^\\d{4}-(0[1-9]|1[0-2])$");
    }

    /** The state's example keeps the first entries of its long lists. */
    private static JsonNode trimmedState(JsonNode body) {
        if (!body.has("entries")) {
            return body;
        }
        ObjectNode copy = body.deepCopy();
        keepFirst(copy.withArray("entries"), 3);
        keepFirst(copy.withArray("attention"), 2);
        return copy;
    }

    private static void keepFirst(ArrayNode list, int count) {
        while (list.size() > count) {
            list.remove(count);
        }
    }

    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> operations.put(operation.getKey() + " " + path.getKey(), operation.getValue())));
        return operations;
    }
}
