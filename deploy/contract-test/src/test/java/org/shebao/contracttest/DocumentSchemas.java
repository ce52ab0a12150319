package org.shebao.contracttest;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * Validates JSON against the schemas of one OpenAPI 3.1 document, which are JSON Schema 2020-12. A schema is
 * validated together with the document's {@code components}, so that its {@code #/components/schemas/...}
 * references resolve as they do in the document; formats ({@code date}, {@code date-time}) are asserted.
 */
final class DocumentSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private final String service;
    private final JsonNode document;

    DocumentSchemas(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    /** The messages of every violation of {@code schema} (a schema object of the document) by {@code instance}. */
    List<String> violations(JsonNode schema, JsonNode instance) {
        ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy() : PinnedDocuments.JSON.createObjectNode();
        root.set("components", document.path("components"));
        // Each schema its own URI: the factory caches schemas by URI.
        URI uri = URI.create("urn:openapi:" + service + ":" + SCHEMAS.incrementAndGet());
        JsonSchema jsonSchema = FACTORY.getSchema(uri, root, CONFIG);
        return jsonSchema.validate(instance).stream().map(Object::toString).sorted().toList();
    }
}
