package org.shebao.contracttest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Policy versions and change sets in the state an operation needs (a draft, a submitted draft, a published version,
 * one whose withdrawal is requested), made by hand-written calls from the documented request examples of
 * {@code createDraft} (moved to the future), four-eyes: the editor drafts and submits, the approver approves.
 */
final class PolicyFixtures {

    /** A resource made for a test: its id and the ETag its last answer carried. */
    record Made(long id, String etag) {
    }

    private static final AtomicInteger NEXT_MONTH = new AtomicInteger();

    private final ContractSystem system;
    private final OpenApiDocument document;

    PolicyFixtures(ContractSystem system, OpenApiDocument document) {
        this.system = system;
        this.document = document;
    }

    Made draft() {
        return made(expect(201, "POST", "/api/v1/policies", futureDraft().toString(), editor()));
    }

    Made submitted() {
        Made draft = draft();
        return made(expect(200, "POST", "/api/v1/policies/" + draft.id() + "/submit", null,
                ifMatch(editor(), draft)));
    }

    Made published() {
        Made submitted = submitted();
        return made(expect(200, "POST", "/api/v1/policies/" + submitted.id() + "/approve", null,
                ifMatch(approver(), submitted)));
    }

    Made withdrawalRequested() {
        Made published = published();
        return made(expect(200, "POST", "/api/v1/policies/" + published.id() + "/withdrawal-request",
                "{\"reason\":\"contract test: a withdrawal to approve\"}", editor()));
    }

    Made changeSet() {
        ObjectNode changeSet = PinnedDocuments.JSON.createObjectNode().put("title", "contract test: a change set");
        changeSet.putArray("items").add(futureDraft());
        return made(expect(201, "POST", "/api/v1/change-sets", changeSet.toString(), editor()));
    }

    /**
     * The documented {@code createDraft} example moved to a month of 2033 on, its own each time: the documented one
     * restates a published version (a change set of it changes nothing), and only a version that has not taken
     * effect yet may be withdrawn.
     */
    ObjectNode futureDraft() {
        ObjectNode draft = (ObjectNode) PinnedDocuments.parse(requestExample("createDraft"));
        draft.put("effectiveFrom", LocalDate.of(2033, 1, 1).plusMonths(NEXT_MONTH.getAndIncrement()).toString());
        draft.putNull("effectiveTo");
        return draft;
    }

    /** The id of the version of the documented draft's region and kind in force on its effective date. */
    String inForceId() {
        JsonNode draft = PinnedDocuments.parse(requestExample("createDraft"));
        HttpResponse<String> response = Http.send("GET", system.policyApi().baseUrl() + "/api/v1/regions/"
                + draft.get("regionCode").asText() + "/policies?date=" + draft.get("effectiveFrom").asText() + "&kind="
                + draft.get("kind").asText(), null, null, editor());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PinnedDocuments.parse(response.body()).at("/0/version/id").asText();
    }

    Made submittedChangeSet() {
        Made changeSet = changeSet();
        return made(expect(200, "POST", "/api/v1/change-sets/" + changeSet.id() + "/submit", null, editor()));
    }

    /** The first documented request body of an operation, as JSON text. */
    String requestExample(String operationId) {
        OpenApiDocument.Operation operation = document.operations().stream()
                .filter(candidate -> candidate.id().equals(operationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId + " in " + document.service));
        JsonNode media = operation.node().path("requestBody").path("content").path("application/json");
        return document.examples(media).values().stream().findFirst()
                .orElseThrow(() -> new AssertionError(operation + " has no request example")).toString();
    }

    Map<String, String> editor() {
        return Http.bearer(system.editorToken());
    }

    Map<String, String> approver() {
        return Http.bearer(system.approverToken());
    }

    static Map<String, String> ifMatch(Map<String, String> headers, Made made) {
        Map<String, String> withIfMatch = new LinkedHashMap<>(headers);
        if (made.etag() != null) {
            withIfMatch.put("If-Match", made.etag());
        }
        return withIfMatch;
    }

    private HttpResponse<String> expect(int status, String method, String path, String body,
            Map<String, String> headers) {
        HttpResponse<String> response = Http.send(method, system.policyApi().baseUrl() + path,
                body == null ? null : "application/json", body, headers);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return response;
    }

    private static Made made(HttpResponse<String> response) {
        JsonNode body = PinnedDocuments.parse(response.body());
        return new Made(body.get("id").asLong(), response.headers().firstValue("ETag").orElse(null));
    }
}
