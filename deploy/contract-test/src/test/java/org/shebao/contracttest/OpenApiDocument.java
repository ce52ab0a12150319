package org.shebao.contracttest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Navigation in an OpenAPI 3.1 document: its operations, their parameters and examples, with {@code $ref}s followed. */
final class OpenApiDocument {

    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Operation(String path, String method, String id, JsonNode node, List<JsonNode> parameters) {

        String pointer() {
            return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method;
        }

        @Override
        public String toString() {
            return id + " (" + method.toUpperCase() + " " + path + ")";
        }
    }

    final String service;
    final JsonNode root;

    OpenApiDocument(String service, JsonNode root) {
        this.service = service;
        this.root = root;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (HTTP_METHODS.contains(entry.getKey())) {
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
                entry.getValue().path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
                operations.add(new Operation(path.getKey(), entry.getKey(),
                        entry.getValue().path("operationId").asText(entry.getKey() + " " + path.getKey()),
                        entry.getValue(), parameters));
            }
        }));
        return operations;
    }

    /** The node a {@code $ref} names (inside this document), or the node itself. */
    JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = root.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** Named example values of a media type or parameter object: {@code examples} (followed), else {@code example}. */
    Map<String, JsonNode> examples(JsonNode holder) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        holder.path("examples").properties().forEach(example -> {
            JsonNode resolved = resolve(example.getValue());
            if (resolved.has("value")) {
                values.put(example.getKey(), resolved.get("value"));
            }
        });
        if (values.isEmpty() && holder.has("example")) {
            values.put("example", holder.get("example"));
        }
        return values;
    }
}
