package org.shebao.calcservice.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the API document with what every operation shares, so that the resources declare only what is their own:
 * <ul>
 * <li>the problem answers of the request filters and mappers every request passes ({@link UnknownQueryParameters},
 * {@link RequestLimits}, the JSON mapping): 400 and 414 on all, 413 and 415 with a body, 411 on the NDJSON batch;
 * </li>
 * <li>on every calculation (an answer built by {@link Answers}, envelope {@code <X>Envelope}): the
 * {@code Policy-Revision} header and the problems of resolving regions and policies ({@link CalculationProblems}),
 * 404 and 422;</li>
 * <li>the request example of the NDJSON batch, as text;</li>
 * <li>the answer example of each operation: the real answer to its request example on the data set, stored in
 * {@code openapi/answers/<operationId>.json} (or {@code .ndjson}).</li>
 * </ul>
 * The shared components themselves are in {@code META-INF/openapi.yaml}. Envelope schemas are renamed from SmallRye's
 * {@code AnswerContributionAnswer} to {@code ContributionAnswerEnvelope}, which reads better in generated clients.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String ENVELOPE = "Answer";
    private static final String PROBLEM_ANSWERS = "#/components/responses/";
    /**
     * The answer fields that are written even when null ("unknown", or "does not apply"), by schema: required and
     * typed with {@code null} (OpenAPI 3.1). Kept here because several of these types live in {@code calc} and the
     * policy contract, which carry no OpenAPI annotations.
     */
    private static final Map<String, List<String>> WRITTEN_EVEN_IF_NULL = Map.ofEntries(
            Map.entry("ContributionBillLine", List.of("base", "employerRate", "employeeRate", "employerAmount",
                    "employeeAmount")),
            Map.entry("HousingFund", List.of("base", "employerRate", "employeeRate", "employerAmount",
                    "employeeAmount")),
            Map.entry("PersonalAccounts", List.of("pension", "medical")),
            Map.entry("Totals", List.of("employer", "employee", "total")),
            Map.entry("AdjustmentLine", List.of("employerPaid", "employeePaid", "employerDue", "employeeDue",
                    "employerOwed", "employeeOwed")),
            Map.entry("TakeHomeContribution", List.of("base", "rate", "amount")),
            Map.entry("Component", List.of("amount")),
            Map.entry("PensionAnswer", List.of("basic", "personalAccount", "transitional", "total")),
            Map.entry("PersonalAccountAnswer", List.of("monthlyCredit")),
            Map.entry("ResidentQuoteAnswer", List.of("waitingMonths")),
            Map.entry("ReimbursementAnswer", List.of("ratio", "reductionPoints", "fundPayment", "capReached",
                    "seriousIllnessPayment", "patientPayment")),
            Map.entry("OutOfAreaGuideAnswer", List.of("directSettlement", "filing", "manualClaim")),
            Map.entry("StateAnswer", List.of("confirmedCurrentAt")),
            Map.entry("Attention", List.of("carriedForwardUntil")),
            Map.entry("Entry", List.of("kind")),
            Map.entry("Input", List.of("value", "policyVersion")),
            Map.entry("Cited", List.of("article", "documentNumber", "url")),
            Map.entry("GuideStep", List.of("changeOrCancel", "claimDeadline", "directSettlement",
                    "filingAfterAdmission", "filingType", "nonLocalHukou", "participantType", "scheme", "scopes",
                    "situation", "validity")),
            Map.entry("Material", List.of("alternativeTo", "note")),
            Map.entry("NextStep", List.of("withinMonths")),
            Map.entry("RatioChange", List.of("basis", "citation", "reductionPoints")),
            Map.entry("Rule", List.of("allowed", "months")),
            Map.entry("Validity", List.of("months")));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        renameEnvelopes(openAPI);
        // The schema mapping of application.properties makes every YearMonth a reference to this component, which
        // SmallRye then registers as a reference to itself: state it.
        openAPI.getComponents().addSchema("YearMonth", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .pattern("^\\d{4}-(0[1-9]|1[0-2])$").description("A month, YYYY-MM").addExample("2025-07"));
        WRITTEN_EVEN_IF_NULL.forEach((name, fields) -> nullable(openAPI.getComponents().getSchemas().get(name), name,
                fields));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(OpenApiContract::complete));
    }

    private static void renameEnvelopes(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        for (String name : List.copyOf(components.getSchemas().keySet())) {
            if (name.startsWith(ENVELOPE) && !name.equals(ENVELOPE)) {
                Schema envelope = components.getSchemas().get(name);
                components.removeSchema(name);
                components.addSchema(envelopeName(name), envelope);
            }
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            MediaType json = jsonAnswer(operation);
            if (json != null && json.getSchema() != null && isEnvelope(json.getSchema().getRef())) {
                json.getSchema().setRef(SCHEMAS + envelopeName(json.getSchema().getRef().substring(SCHEMAS.length())));
            }
        }));
    }

    private static void nullable(Schema schema, String name, List<String> fields) {
        if (schema == null) {
            throw new IllegalStateException("no schema " + name + " in the document");
        }
        for (String field : fields) {
            Schema property = schema.getProperties().get(field);
            if (property == null) {
                throw new IllegalStateException("no field " + name + "." + field + " in the document");
            }
            if (property.getRef() != null) {
                schema.addProperty(field, OASFactory.createSchema().description(property.getDescription())
                        .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            } else if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
            if (schema.getRequired() == null || !schema.getRequired().contains(field)) {
                schema.addRequired(field);
            }
        }
    }

    private static boolean isEnvelope(String ref) {
        return ref != null && ref.startsWith(SCHEMAS + ENVELOPE) && !ref.equals(SCHEMAS + ENVELOPE);
    }

    /** {@code AnswerContributionAnswer} → {@code ContributionAnswerEnvelope}. */
    private static String envelopeName(String generated) {
        return generated.substring(ENVELOPE.length()) + "Envelope";
    }

    private static void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        MediaType json = jsonAnswer(operation);
        boolean calculation = json != null && json.getSchema() != null && json.getSchema().getRef() != null
                && json.getSchema().getRef().endsWith("Envelope");
        problem(responses, "400", "InvalidRequest");
        problem(responses, "414", "UriTooLong");
        if (operation.getRequestBody() != null) {
            problem(responses, "413", "ContentTooLarge");
            problem(responses, "415", "UnsupportedMediaType");
            MediaType ndjson = operation.getRequestBody().getContent().getMediaType(ContributionResource.NDJSON);
            if (ndjson != null) {
                problem(responses, "411", "LengthRequired");
                // As text: an annotation's example would be parsed as JSON, which keeps its first line only.
                ndjson.addExample("sixLines", OASFactory.createExample()
                        .summary("Two bills, then lines answered with 422, 404 and 400")
                        .value(RequestExamples.CONTRIBUTION_BATCH));
            }
        }
        if (calculation) {
            ok.addHeader(Answers.POLICY_REVISION_HEADER, OASFactory.createHeader()
                    .ref("#/components/headers/" + Answers.POLICY_REVISION_HEADER));
            problem(responses, "404", "UnknownRegion");
            problem(responses, "422", "Unprocessable");
        }
        ok.getContent().getMediaTypes().forEach((type, media) -> media.addExample("dataSet", OASFactory.createExample()
                .summary("The answer to the request example on the data set")
                .value(answerExample(operation.getOperationId(), type))));
    }

    /** Replaces the bare "Bad Request" SmallRye adds to operations with a validated body. */
    private static void problem(APIResponses responses, String status, String name) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(PROBLEM_ANSWERS + name));
    }

    private static MediaType jsonAnswer(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return null;
        }
        return ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    }

    /** JSON as maps, lists and exact decimals; NDJSON as its text. */
    private static Object answerExample(String operationId, String mediaType) {
        boolean ndjson = mediaType.equals(ContributionResource.NDJSON);
        String file = "openapi/answers/" + operationId + (ndjson ? ".ndjson" : ".json");
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no answer example " + file + " for operation " + operationId);
            }
            return ndjson ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }
}
