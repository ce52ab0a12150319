package org.shebao.contracttest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The differences between a pinned OpenAPI document and the live one, as JSON pointers into the documents, each
 * classified as additive or breaking for a client generated from the pinned document. Breaking: a removed path,
 * operation, answer, property or enum value; a request that must now carry more (a new required request field or
 * parameter); an answer that may now omit a field it always carried; a changed type (except widening a request type or
 * narrowing an answer type). Everything else (descriptions, examples, new paths, new optional fields) is additive.
 */
final class OpenApiDiff {

    enum Kind { ADDED, REMOVED, CHANGED }

    record Change(String pointer, Kind kind, String breakingReason, JsonNode before, JsonNode after) {

        boolean breaking() {
            return breakingReason != null;
        }

        @Override
        public String toString() {
            String line = String.format("%-9s %-8s %s", breaking() ? "BREAKING" : "additive", kind.name().toLowerCase(),
                    pointer);
            line += switch (kind) {
                case ADDED -> ": " + abbreviate(after);
                case REMOVED -> ": was " + abbreviate(before);
                case CHANGED -> ": " + abbreviate(before) + " -> " + abbreviate(after);
            };
            return breaking() ? line + "  (" + breakingReason + ")" : line;
        }
    }

    private static final Set<String> SET_VALUED = Set.of("enum", "required", "type", "tags");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");
    private static final Pattern SCHEMA = Pattern.compile("^/components/schemas/([^/]+)");
    private static final Pattern OPERATION_PART = Pattern.compile("^/paths/[^/]+/[^/]+/(requestBody|parameters|responses)");

    private final Set<String> requestSchemas = new HashSet<>();
    private final Set<String> answerSchemas = new HashSet<>();
    private final List<Change> changes = new ArrayList<>();

    private OpenApiDiff(JsonNode pinned, JsonNode live) {
        for (JsonNode document : List.of(pinned, live)) {
            collectSchemaUses(document);
        }
    }

    /** 1 and 1.0 are one number: a document written and read back may change its representation, not its value. */
    private static boolean sameNumber(JsonNode before, JsonNode after) {
        return before.isNumber() && after.isNumber() && before.decimalValue().compareTo(after.decimalValue()) == 0;
    }

    static List<Change> compare(JsonNode pinned, JsonNode live) {
        OpenApiDiff diff = new OpenApiDiff(pinned, live);
        diff.walk("", pinned, live);
        return diff.changes;
    }

    private void walk(String pointer, JsonNode before, JsonNode after) {
        if (before.equals(after) || sameNumber(before, after)) {
            return;
        }
        String key = lastToken(pointer);
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + escape(name);
                if (!after.has(name)) {
                    record(child, Kind.REMOVED, before.get(name), null);
                } else if (!before.has(name)) {
                    record(child, Kind.ADDED, null, after.get(name));
                } else {
                    walk(child, before.get(name), after.get(name));
                }
            }
        } else if (before.isArray() && after.isArray() && SET_VALUED.contains(key)) {
            compareSets(pointer, before, after);
        } else if (before.isArray() && after.isArray()) {
            Map<String, JsonNode> beforeItems = keyed(before);
            Map<String, JsonNode> afterItems = keyed(after);
            Set<String> keys = new LinkedHashSet<>(beforeItems.keySet());
            keys.addAll(afterItems.keySet());
            for (String item : keys) {
                String child = pointer + "/" + escape(item);
                if (!afterItems.containsKey(item)) {
                    record(child, Kind.REMOVED, beforeItems.get(item), null);
                } else if (!beforeItems.containsKey(item)) {
                    record(child, Kind.ADDED, null, afterItems.get(item));
                } else {
                    walk(child, beforeItems.get(item), afterItems.get(item));
                }
            }
        } else if (key.equals("type")) {
            compareSets(pointer, asArray(before), asArray(after));
        } else {
            record(pointer, Kind.CHANGED, before, after);
        }
    }

    /** {@code enum}, {@code required}, {@code type} and {@code tags} are sets: their order means nothing. */
    private void compareSets(String pointer, JsonNode before, JsonNode after) {
        Set<JsonNode> removed = new LinkedHashSet<>();
        before.forEach(removed::add);
        after.forEach(removed::remove);
        Set<JsonNode> added = new LinkedHashSet<>();
        after.forEach(added::add);
        before.forEach(added::remove);
        for (JsonNode value : removed) {
            record(pointer + "/" + escape(value.asText()), Kind.REMOVED, value, null);
        }
        for (JsonNode value : added) {
            record(pointer + "/" + escape(value.asText()), Kind.ADDED, null, value);
        }
    }

    private void record(String pointer, Kind kind, JsonNode before, JsonNode after) {
        changes.add(new Change(pointer, kind, breakingReason(pointer, kind, before, after), before, after));
    }

    private String breakingReason(String pointer, Kind kind, JsonNode before, JsonNode after) {
        List<String> tokens = tokens(pointer);
        int size = tokens.size();
        String key = size > 0 ? tokens.get(size - 1) : "";
        String parent = size > 1 ? tokens.get(size - 2) : "";
        boolean request = inRequest(pointer);
        boolean answer = inAnswer(pointer);
        if (kind == Kind.REMOVED) {
            if (size == 2 && tokens.get(0).equals("paths")) {
                return "path removed";
            }
            if (size == 3 && tokens.get(0).equals("paths") && HTTP_METHODS.contains(key)) {
                return "operation removed";
            }
            if (size == 5 && tokens.get(0).equals("paths") && parent.equals("responses")) {
                return "answer " + key + " removed";
            }
            if (parent.equals("properties") && !tokens.contains("examples") && !tokens.contains("example")) {
                return "property removed";
            }
            if (parent.equals("enum")) {
                return "enum value removed";
            }
            if (parent.equals("required") && answer) {
                return "an answer may now omit " + key;
            }
            if (parent.equals("type") && request) {
                return "a request may no longer send type " + key;
            }
        }
        if (kind == Kind.ADDED) {
            if (parent.equals("required") && request) {
                return "new required request field " + key;
            }
            if (parent.equals("parameters") && after.path("required").asBoolean(false)) {
                return "new required parameter " + key;
            }
            if (parent.equals("type") && answer) {
                return "an answer may now carry type " + key;
            }
        }
        if (kind == Kind.CHANGED && key.equals("required") && after.asBoolean(false) && !before.asBoolean(false)
                && (parent.equals("requestBody") || tokens.contains("parameters"))) {
            return "now required";
        }
        if (key.equals("$ref")) {
            return "schema replaced";
        }
        return null;
    }

    /** Under an operation's request body or parameters, or in a schema a request uses. */
    private boolean inRequest(String pointer) {
        Matcher operation = OPERATION_PART.matcher(pointer);
        if (operation.find()) {
            return !operation.group(1).equals("responses");
        }
        Matcher schema = SCHEMA.matcher(pointer);
        return schema.find() && requestSchemas.contains(unescape(schema.group(1)));
    }

    private boolean inAnswer(String pointer) {
        Matcher operation = OPERATION_PART.matcher(pointer);
        if (operation.find()) {
            return operation.group(1).equals("responses");
        }
        Matcher schema = SCHEMA.matcher(pointer);
        return schema.find() && answerSchemas.contains(unescape(schema.group(1)));
    }

    /** Which component schemas requests use and which answers use, following {@code $ref}s transitively. */
    private void collectSchemaUses(JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        for (JsonNode path : document.path("paths")) {
            path.properties().forEach(operation -> {
                if (HTTP_METHODS.contains(operation.getKey())) {
                    collectRefs(operation.getValue().path("requestBody"), schemas, requestSchemas);
                    collectRefs(operation.getValue().path("parameters"), schemas, requestSchemas);
                    collectRefs(operation.getValue().path("responses"), schemas, answerSchemas);
                }
            });
        }
    }

    private static void collectRefs(JsonNode node, JsonNode schemas, Set<String> into) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith("#/components/schemas/")) {
            String name = node.get("$ref").asText().substring("#/components/schemas/".length());
            if (into.add(name)) {
                collectRefs(schemas.path(name), schemas, into);
            }
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collectRefs(child, schemas, into));
        }
    }

    /** Items of an array by a stable key: {@code in:name} for parameters, {@code url} for servers, else the index. */
    private static Map<String, JsonNode> keyed(JsonNode array) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String key = item.has("name") && item.has("in") ? item.get("in").asText() + ":" + item.get("name").asText()
                    : item.has("url") ? item.get("url").asText() : Integer.toString(i);
            items.put(key, item);
        }
        return items;
    }

    private static JsonNode asArray(JsonNode node) {
        return node.isArray() ? node : JsonNodeFactory.instance.arrayNode().add(node);
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(unescape(token));
        }
        return tokens;
    }

    private static String lastToken(String pointer) {
        return pointer.isEmpty() ? "" : unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static String abbreviate(JsonNode value) {
        String text = value == null ? "null" : value.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
