package org.shebao.contracttest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every documented request example of both pinned documents, replayed against the running system: each request body
 * example with the parameters' examples, and each further example of a parameter. The answer must have a documented
 * 2xx status, a documented content type and a body valid against the documented schema (JSON Schema 2020-12), and it
 * must carry the documented required headers. Operations on one policy version or change set get one in the state
 * they need (see {@link PolicyFixtures}) in place of the documented id. Every documented answer example must also
 * validate against the schema of its answer.
 */
@ExtendWith(ContractSystem.class)
class DocumentedExamplesIT {

    /** The operations only an approver may call; every other policy-service operation is called as an editor. */
    private static final Set<String> APPROVER_OPERATIONS = Set.of("approvePolicyVersion", "rejectPolicyVersion",
            "withdrawPolicyVersion", "approveChangeSet", "rejectChangeSet", "importRegions", "putRegion");

    private static final String MISSING_EXAMPLE = "no example of the required parameter ";

    /** A documented request made concrete: the documented parameter values, body and media type. */
    private record Request(String name, Map<String, String> parameters, String mediaType, JsonNode body) {
    }

    @TestFactory
    Stream<DynamicTest> calcServiceRequestExamples(ContractSystem system) {
        OpenApiDocument document = new OpenApiDocument(PinnedDocuments.CALC_SERVICE,
                PinnedDocuments.read(PinnedDocuments.CALC_SERVICE));
        return replay(document, system.calcApi().baseUrl(), operation -> Map.of());
    }

    @TestFactory
    Stream<DynamicTest> policyServiceRequestExamples(ContractSystem system) {
        OpenApiDocument document = new OpenApiDocument(PinnedDocuments.POLICY_SERVICE,
                PinnedDocuments.read(PinnedDocuments.POLICY_SERVICE));
        PolicyFixtures fixtures = new PolicyFixtures(system, document);
        return replay(document, system.policyApi().baseUrl(), operation -> {
            Map<String, String> headers = new LinkedHashMap<>(
                    APPROVER_OPERATIONS.contains(operation.id()) ? fixtures.approver() : fixtures.editor());
            PolicyFixtures.Made made = switch (operation.id()) {
                case "getPolicyVersion", "diffPolicyVersion", "requestWithdrawal" -> fixtures.published();
                case "updateDraft", "deleteDraft", "submitPolicyVersion" -> fixtures.draft();
                case "approvePolicyVersion", "rejectPolicyVersion" -> fixtures.submitted();
                case "withdrawPolicyVersion" -> fixtures.withdrawalRequested();
                case "getChangeSet", "submitChangeSet" -> fixtures.changeSet();
                case "approveChangeSet", "rejectChangeSet" -> fixtures.submittedChangeSet();
                default -> null;
            };
            if (made != null) {
                headers.put("{id}", Long.toString(made.id()));
                headers.putAll(PolicyFixtures.ifMatch(Map.of(), made));
            }
            if (operation.id().equals("diffPolicyVersion")) {
                headers.put("{against}", fixtures.inForceId());
            }
            return headers;
        });
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerExampleMatchesItsSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String service : List.of(PinnedDocuments.CALC_SERVICE, PinnedDocuments.POLICY_SERVICE)) {
            OpenApiDocument document = new OpenApiDocument(service, PinnedDocuments.read(service));
            DocumentSchemas schemas = new DocumentSchemas(service, document.root);
            for (OpenApiDocument.Operation operation : document.operations()) {
                operation.node().path("responses").properties().forEach(answer -> document.resolve(answer.getValue())
                        .path("content").properties().forEach(media -> document.examples(media.getValue())
                                .forEach((name, value) -> tests.add(DynamicTest.dynamicTest(
                                        service + " " + operation + " " + answer.getKey() + " " + media.getKey() + " "
                                                + name,
                                        () -> assertThat(validateBody(schemas, media.getKey(), media.getValue(), value))
                                                .isEmpty())))));
            }
        }
        return tests.stream();
    }

    /**
     * {@code context} gives the headers of each call (token, If-Match) and, under keys such as {@code {id}}, values
     * that replace the documented ones of the parameter of that name.
     */
    private static Stream<DynamicTest> replay(OpenApiDocument document, String baseUrl,
            Function<OpenApiDocument.Operation, Map<String, String>> context) {
        DocumentSchemas schemas = new DocumentSchemas(document.service, document.root);
        List<DynamicTest> tests = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            List<Request> requests = requests(document, operation);
            assertThat(requests).as(document.service + " " + operation + " has no request example").isNotEmpty();
            for (Request request : requests) {
                tests.add(DynamicTest.dynamicTest(document.service + " " + operation + " " + request.name(), () -> {
                    assertThat(request.name()).as(operation + ": every required parameter needs an example")
                            .doesNotStartWith(MISSING_EXAMPLE);
                    check(document, schemas, operation, call(baseUrl, operation, request, context.apply(operation)));
                }));
            }
        }
        return tests.stream();
    }

    /** Each body example with the first example of every parameter, then each further example of a parameter. */
    private static List<Request> requests(OpenApiDocument document, OpenApiDocument.Operation operation) {
        List<Request> missing = new ArrayList<>();
        Map<String, String> firstValues = new LinkedHashMap<>();
        Map<String, Map<String, JsonNode>> parameterExamples = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters()) {
            String key = parameter.path("in").asText() + ":" + parameter.path("name").asText();
            Map<String, JsonNode> examples = document.examples(parameter);
            if (examples.isEmpty()) {
                if (parameter.path("required").asBoolean()) {
                    missing.add(new Request(MISSING_EXAMPLE + key, Map.of(), null, null));
                }
                continue;
            }
            parameterExamples.put(key, examples);
            firstValues.put(key, examples.values().iterator().next().asText());
        }
        List<Request> requests = new ArrayList<>();
        JsonNode content = document.resolve(operation.node().path("requestBody")).path("content");
        content.properties().forEach(media -> document.examples(media.getValue()).forEach((name, value) ->
                requests.add(new Request(name, firstValues, media.getKey(), value))));
        if (requests.isEmpty()) {
            requests.add(new Request("parameters", firstValues, null, null));
        }
        parameterExamples.forEach((key, examples) -> examples.entrySet().stream().skip(1).forEach(example -> {
            Map<String, String> values = new LinkedHashMap<>(firstValues);
            values.put(key, example.getValue().asText());
            Request first = requests.get(0);
            requests.add(new Request(key + "=" + example.getKey(), values, first.mediaType(), first.body()));
        }));
        requests.addAll(missing);
        return requests;
    }

    private static HttpResponse<String> call(String baseUrl, OpenApiDocument.Operation operation, Request request,
            Map<String, String> context) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        context.forEach((name, value) -> {
            if (!name.startsWith("{")) {
                headers.put(name, value);
            }
        });
        for (Map.Entry<String, String> parameter : request.parameters().entrySet()) {
            String in = parameter.getKey().substring(0, parameter.getKey().indexOf(':'));
            String name = parameter.getKey().substring(in.length() + 1);
            String value = context.getOrDefault("{" + name + "}", parameter.getValue());
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}", encode(value).replace("+", "%20"));
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=')
                        .append(encode(value));
                case "header" -> headers.putIfAbsent(name, value);
                default -> throw new AssertionError(operation + ": parameter in " + in);
            }
        }
        String body = request.body() == null ? null
                : request.body().isTextual() ? request.body().asText() : request.body().toString();
        return Http.send(operation.method().toUpperCase(), baseUrl + path + query, request.mediaType(), body, headers);
    }

    private static void check(OpenApiDocument document, DocumentSchemas schemas, OpenApiDocument.Operation operation,
            HttpResponse<String> response) {
        String status = Integer.toString(response.statusCode());
        JsonNode responses = operation.node().path("responses");
        assertThat(status).as(operation + " answered " + status + " (documented: " + names(responses) + "): "
                + response.body()).startsWith("2");
        assertThat(responses.has(status)).as(operation + " answered " + status + ", which is not documented: "
                + names(responses)).isTrue();
        JsonNode answer = document.resolve(responses.get(status));
        answer.path("headers").properties().forEach(header -> {
            if (document.resolve(header.getValue()).path("required").asBoolean()) {
                assertThat(response.headers().firstValue(header.getKey())).as(operation + " " + status
                        + " must carry the header " + header.getKey()).isPresent();
            }
        });
        JsonNode content = answer.path("content");
        if (content.isEmpty()) {
            assertThat(response.body()).as(operation + " " + status + " is documented without a body").isEmpty();
            return;
        }
        String mediaType = Http.mediaType(response);
        assertThat(content.has(mediaType)).as(operation + " " + status + " answered " + mediaType
                + ", documented: " + names(content)).isTrue();
        JsonNode body = mediaType.contains("json") && !mediaType.contains("ndjson")
                ? PinnedDocuments.parse(response.body()) : PinnedDocuments.JSON.getNodeFactory().textNode(response.body());
        assertThat(validateBody(schemas, mediaType, content.get(mediaType), body))
                .as(operation + " " + status + " " + mediaType + " answer " + abbreviate(response.body())).isEmpty();
    }

    /**
     * The violations of a body (an answer or an example) of a media type: JSON as it is; NDJSON line by line, each
     * against the item schema ({@code itemSchema}, the {@code contentSchema} of a string, or the {@code items} of an
     * array schema).
     */
    private static List<String> validateBody(DocumentSchemas schemas, String mediaType, JsonNode media,
            JsonNode body) {
        JsonNode schema = media.path("schema");
        if (!mediaType.contains("ndjson")) {
            return schemas.violations(schema, body);
        }
        JsonNode itemSchema = media.has("itemSchema") ? media.get("itemSchema")
                : schema.has("contentSchema") ? schema.get("contentSchema")
                : schema.has("items") ? schema.get("items") : schema;
        List<String> violations = new ArrayList<>();
        String[] lines = body.asText().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                int line = i + 1;
                schemas.violations(itemSchema, PinnedDocuments.parse(lines[i]))
                        .forEach(violation -> violations.add("line " + line + ": " + violation));
            }
        }
        return violations;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }
}
