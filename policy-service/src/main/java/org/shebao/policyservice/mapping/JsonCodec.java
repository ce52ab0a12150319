package org.shebao.policyservice.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON columns and event values are written and read with the service's one configured mapper. */
@ApplicationScoped
public class JsonCodec {

    @Inject
    ObjectMapper mapper;

    public String write(Object value) {
        try {
            return value == null ? null : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not match " + type.getSimpleName(), e);
        }
    }

    public <T> T convert(JsonNode tree, Class<T> type) {
        try {
            return tree == null ? null : mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not match " + type.getSimpleName(), e);
        }
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    public JsonNode parse(String json) {
        return json == null ? null : read(json, JsonNode.class);
    }
}
