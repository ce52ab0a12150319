package org.shebao.policyservice.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.shebao.contract.PolicyKind;

/**
 * Makes the API document the contract the service keeps, where annotations cannot say it:
 * <ul>
 * <li>dates, instants and months as the strings they are on the wire;</li>
 * <li>a version's {@code payload} typed by its {@code kind}: drafts and versions are a {@code oneOf} per kind with
 * {@code kind} as discriminator (the kind sits beside the payload, so the payload itself cannot carry it);</li>
 * <li>nullability and {@code required} as the JSON is written and read (see {@link #ALWAYS_WRITTEN});</li>
 * <li>the problem answers each operation can give, and the optional token of the operations that show operators
 * more;</li>
 * <li>a real example for every parameter, request and answer, from {@code openapi/examples/<operationId>.json}.</li>
 * </ul>
 * Runs at build time, so the document a build stores is the one the service serves.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    /**
     * Answers written with every field, null or not: all their fields are required, and those not annotated as
     * required may be null. Other answers ({@code @JsonInclude(NON_NULL)}) leave out what is null; request records
     * (everything else) accept null for what is not required.
     */
    private static final Set<String> ALWAYS_WRITTEN = Set.of("DiffView", "DiffChange", "InForceView", "CoverageView",
            "CoverageRegion", "CoverageKind", "RegionImportView", "PageViewAuditEntryView", "PageViewRegion",
            "Region", "WithdrawalRequest");

    private static final Set<String> LEAVES_OUT_NULLS = Set.of("PolicyVersionView", "ChangeSetView",
            "ChangeSetItem", "AuditEntryView");

    /** Fields of any JSON value (a status, a date, an object), written as null where there is none. */
    private static final Map<String, Set<String>> ANY_JSON = Map.of("DiffChange", Set.of("before", "after"),
            "AuditEntryView", Set.of("before", "after"));

    /** Operations public to all that show operators more (drafts, rejected versions) with a token. */
    private static final Set<String> OPTIONAL_TOKEN = Set.of("getPolicyVersion", "getPolicyHistory",
            "diffPolicyVersion");

    /** Operations where a second person is required or the draft is its author's alone. */
    private static final Set<String> FOUR_EYES = Set.of("updateDraft", "deleteDraft", "submitPolicyVersion",
            "approvePolicyVersion", "withdrawPolicyVersion", "approveChangeSet");

    private static final Set<String> WORKFLOW_STEPS = Set.of("updateDraft", "deleteDraft", "submitPolicyVersion",
            "approvePolicyVersion", "rejectPolicyVersion", "requestWithdrawal", "withdrawPolicyVersion",
            "submitChangeSet", "approveChangeSet", "rejectChangeSet");

    private static final Set<String> IF_MATCH_CHECKED = Set.of("updateDraft", "deleteDraft",
            "submitPolicyVersion", "approvePolicyVersion");

    private static final Set<String> IF_MATCH_REQUIRED = Set.of("updateDraft", "deleteDraft");

    /** Bodies naming something that does not exist (a region, a parent region). */
    private static final Set<String> REFERS_TO_OTHERS = Set.of("createDraft", "updateDraft", "createChangeSet",
            "putRegion", "importRegions");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, Schema> schemas = new LinkedHashMap<>(api.getComponents().getSchemas());
        everySchema(api, ApiDocumentFilter::asWireString);
        everySchema(api, ApiDocumentFilter::anchored);
        schemas.keySet().removeAll(List.of("LocalDate", "Instant", "YearMonth", "MonthDay", "JsonNode",
                "JsonNodeType"));
        ANY_JSON.forEach((name, fields) -> anyJson(schemas.get(name), fields));
        schemas.forEach(ApiDocumentFilter::nullability);
        typeByKind(schemas, "DraftRequest", "DraftRequest");
        typeByKind(schemas, "PolicyVersionView", "VersionView");
        api.getComponents().setSchemas(schemas);
        api.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            problems(operation);
            if (OPTIONAL_TOKEN.contains(operation.getOperationId())) {
                operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                        OASFactory.createSecurityRequirement().addScheme("jwt")));
            }
            examples(operation);
        }));
        removeUnused(api);
    }

    /** java.time values and JSON trees as what Jackson writes: strings, and any JSON value. */
    private static void asWireString(Schema schema) {
        String ref = schema.getRef();
        if (ref == null) {
            return;
        }
        switch (ref.substring(ref.lastIndexOf('/') + 1)) {
            case "LocalDate" -> string(schema, "date", null, "2025-07-01");
            case "Instant" -> string(schema, "date-time", null, "2026-11-23T11:35:10.831178Z");
            case "YearMonth" -> string(schema, null, "^\\d{4}-(0[1-9]|1[0-2])$", "1998-01");
            case "MonthDay" -> string(schema, null, "^--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$", "--09-01");
            case "JsonNode" -> schema.setRef(null);
            default -> {
            }
        }
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value, JSON Schema's {@code pattern} anywhere in it. (The
     * {@code \S} of {@code @NotBlank} is meant to match anywhere.)
     */
    private static void anchored(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.equals("\\S") && !pattern.startsWith("^")) {
            schema.setPattern("^" + pattern + "$");
        }
    }

    private static void string(Schema schema, String format, String pattern, String example) {
        schema.setRef(null);
        schema.setType(List.of(SchemaType.STRING));
        schema.setFormat(format);
        schema.setPattern(pattern);
        if (schema.getExamples() == null) {
            schema.setExamples(List.of(example));
        }
    }

    private static void anyJson(Schema schema, Set<String> fields) {
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        fields.forEach(field -> properties.put(field,
                OASFactory.createSchema().description(properties.get(field).getDescription())));
        schema.setProperties(properties);
    }

    private static void nullability(String name, Schema schema) {
        if (schema.getProperties() == null || LEAVES_OUT_NULLS.contains(name)) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((property, type) -> properties.put(property,
                required.contains(property) ? type : nullable(type)));
        schema.setProperties(properties);
        if (ALWAYS_WRITTEN.contains(name)) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

    /** The OpenAPI 3.1 way: "null" among the types, or a reference beside {@code type: null}. */
    private static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            Schema ref = OASFactory.createSchema().ref(schema.getRef());
            return OASFactory.createSchema().description(schema.getDescription())
                    .anyOf(List.of(ref, OASFactory.createSchema().addType(SchemaType.NULL)));
        }
        if (schema.getType() != null && !schema.getType().contains(SchemaType.NULL)) {
            schema.addType(SchemaType.NULL);
            if (schema.getEnumeration() != null) {
                schema.addEnumeration(null);
            }
        }
        return schema;
    }

    /**
     * {@code name} becomes a {@code oneOf} of one schema per kind, each the common fields plus {@code kind} fixed
     * and {@code payload} of that kind's type; {@code kind} is the discriminator.
     */
    private static void typeByKind(Map<String, Schema> schemas, String name, String suffix) {
        Schema common = schemas.remove(name);
        Map<String, Schema> properties = new LinkedHashMap<>(common.getProperties());
        properties.remove("payload");
        common.setProperties(properties);
        common.setRequired(common.getRequired().stream().filter(p -> !p.equals("payload")).toList());
        String commonName = name + "Common";
        schemas.put(commonName, common);
        Schema byKind = OASFactory.createSchema()
                .description(common.getDescription() + "; its payload's type follows its kind")
                .discriminator(OASFactory.createDiscriminator().propertyName("kind"));
        common.setDescription("What every kind of " + name + " has");
        for (PolicyKind kind : PolicyKind.values()) {
            String variant = pascal(kind) + suffix;
            schemas.put(variant, OASFactory.createSchema()
                    .description(name + " of kind " + kind + " (payload " + kind.payloadType().getSimpleName() + ")")
                    .addAllOf(OASFactory.createSchema().ref(SCHEMAS + commonName))
                    .addAllOf(OASFactory.createSchema().addType(SchemaType.OBJECT)
                            .addProperty("kind", OASFactory.createSchema().addType(SchemaType.STRING)
                                    .addEnumeration(kind.name()))
                            .addProperty("payload", OASFactory.createSchema()
                                    .ref(SCHEMAS + kind.payloadType().getSimpleName()))
                            .addRequired("kind").addRequired("payload")));
            byKind.addOneOf(OASFactory.createSchema().ref(SCHEMAS + variant));
            byKind.getDiscriminator().addMapping(kind.name(), SCHEMAS + variant);
        }
        schemas.put(name, byKind);
    }

    private static String pascal(PolicyKind kind) {
        StringBuilder name = new StringBuilder();
        for (String word : kind.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    private static void problems(Operation operation) {
        String id = operation.getOperationId();
        boolean body = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && !OPTIONAL_TOKEN.contains(id);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "BadRequest");
        if (secured || OPTIONAL_TOKEN.contains(id)) {
            answers.put("401", "Unauthorized");
        }
        if (secured) {
            answers.put("403", FOUR_EYES.contains(id) ? "ForbiddenFourEyes" : "Forbidden");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH)
                && !"putRegion".equals(id)) {
            answers.put("404", "NotFound");
        }
        if (WORKFLOW_STEPS.contains(id)) {
            answers.put("409", "Conflict");
        }
        if (IF_MATCH_CHECKED.contains(id)) {
            answers.put("412", "PreconditionFailed");
        }
        if (body) {
            answers.put("413", "ContentTooLarge");
        }
        answers.put("414", "UriTooLong");
        if (body) {
            answers.put("415", "UnsupportedMediaType");
        }
        if (REFERS_TO_OTHERS.contains(id)) {
            answers.put("422", "UnprocessableContent");
        }
        if (IF_MATCH_REQUIRED.contains(id)) {
            answers.put("428", "PreconditionRequired");
        }
        answers.forEach((status, response) -> operation.getResponses()
                .addAPIResponse(status, OASFactory.createAPIResponse().ref(response)));
    }

    /** Real requests and answers of the operation, kept beside the document's other parts. */
    private static void examples(Operation operation) {
        Map<String, Object> examples = read("openapi/examples/" + operation.getOperationId() + ".json");
        if (examples == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) examples.getOrDefault("parameters", Map.of());
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> parameters.containsKey(p.getName()))
                    .forEach(p -> p.setExample(parameters.get(p.getName())));
        }
        if (examples.containsKey("request") && operation.getRequestBody() != null) {
            // named examples (one per policy kind) already describe the request; OpenAPI allows one or the other
            operation.getRequestBody().getContent().getMediaTypes().values().stream()
                    .filter(media -> media.getExamples() == null || media.getExamples().isEmpty())
                    .forEach(media -> media.setExample(examples.get("request")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) examples.getOrDefault("responses", Map.of());
        answers.forEach((status, value) -> {
            APIResponse answer = operation.getResponses().getAPIResponse(status);
            Content content = answer == null ? null : answer.getContent();
            if (content != null) {
                content.getMediaTypes().values().forEach(media -> media.setExample(value));
            }
        });
    }

    private static Map<String, Object> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> value = JSON.readValue(in, Map.class);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Schemas nothing refers to any more (the payload's interface, the problem extension's own schemas). */
    private static void removeUnused(OpenAPI api) {
        Map<String, Schema> schemas = new LinkedHashMap<>(api.getComponents().getSchemas());
        Set<String> used = new HashSet<>();
        List<Schema> toVisit = new ArrayList<>();
        everySchemaOfPaths(api, toVisit::add);
        Components components = api.getComponents();
        components.getResponses().values().forEach(r -> contentSchemas(r.getContent(), toVisit::add));
        while (!toVisit.isEmpty()) {
            Schema next = toVisit.remove(toVisit.size() - 1);
            walk(next, s -> {
                if (s.getRef() != null && s.getRef().startsWith(SCHEMAS)) {
                    String name = s.getRef().substring(SCHEMAS.length());
                    if (used.add(name) && schemas.containsKey(name)) {
                        toVisit.add(schemas.get(name));
                    }
                }
            });
            if (next.getDiscriminator() != null && next.getDiscriminator().getMapping() != null) {
                next.getDiscriminator().getMapping().values().forEach(ref -> {
                    String name = ref.substring(SCHEMAS.length());
                    if (used.add(name)) {
                        toVisit.add(schemas.get(name));
                    }
                });
            }
        }
        schemas.keySet().retainAll(used);
        components.setSchemas(schemas);
    }

    private static void everySchema(OpenAPI api, Consumer<Schema> action) {
        api.getComponents().getSchemas().values().forEach(s -> walk(s, action));
        everySchemaOfPaths(api, s -> walk(s, action));
    }

    private static void everySchemaOfPaths(OpenAPI api, Consumer<Schema> action) {
        api.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> p.getSchema() != null)
                        .forEach(p -> action.accept(p.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent(), action);
            }
            operation.getResponses().getAPIResponses().values()
                    .forEach(response -> contentSchemas(response.getContent(), action));
        }));
    }

    private static void contentSchemas(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema)
                    .filter(s -> s != null).forEach(action);
        }
    }

    /** The schema and every schema inside it (not following references). */
    private static void walk(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, action));
        }
        walk(schema.getItems(), action);
        walk(schema.getAdditionalPropertiesSchema(), action);
        for (List<Schema> list : Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                schema.getOneOf())) {
            if (list != null) {
                list.forEach(s -> walk(s, action));
            }
        }
    }
}
