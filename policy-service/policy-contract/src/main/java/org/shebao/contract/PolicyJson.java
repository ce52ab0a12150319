package org.shebao.contract;

import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.shebao.contract.payload.PolicyPayload;

/**
 * The JSON settings every reader and writer of policy data shares: decimals stay {@link java.math.BigDecimal} (never
 * pass through a double, and are written without exponents), unknown fields are errors, dates are ISO strings, values
 * of another JSON type are errors ({@link StrictJsonInput}).
 */
public final class PolicyJson {

    /** The field under which a version, draft or event holds its payload. */
    private static final String PAYLOAD = "payload";

    private PolicyJson() {
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        return StrictJsonInput.configure(mapper)
                .findAndRegisterModules()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }

    /**
     * Where in the document a mapping error happened, as errors name fields (and as Bean Validation names them, map
     * keys in brackets): {@code policyOverride.participants[EMPLOYEE].lines[0].employerRate}. Empty for the document itself.
     */
    public static String fieldPath(JsonMappingException e) {
        return path(e, false);
    }

    /**
     * {@link #fieldPath} for a document that holds a payload under {@code payload}, read through its sibling
     * {@code kind} (a draft, a version, an event, or a list of them). Jackson buffers such a payload and leaves its
     * name out of the path, so a reference from a payload that no named field leads to gets it back.
     */
    public static String versionFieldPath(JsonMappingException e) {
        return path(e, true);
    }

    private static String path(JsonMappingException e, boolean payloadByKind) {
        StringBuilder path = new StringBuilder();
        JsonMappingException.Reference previous = null;
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (payloadByKind && isUnnamedPayload(reference, previous)) {
                path.append(path.isEmpty() ? "" : ".").append(PAYLOAD);
            }
            previous = reference;
            if (reference.getFieldName() != null && reference.getFrom() instanceof Map) {
                path.append('[').append(reference.getFieldName()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isUnnamedPayload(JsonMappingException.Reference reference,
            JsonMappingException.Reference previous) {
        Object from = reference.getFrom();
        Class<?> type = from instanceof Class<?> c ? c : from == null ? Object.class : from.getClass();
        return PolicyPayload.class.isAssignableFrom(type) && (previous == null || previous.getFieldName() == null);
    }
}
