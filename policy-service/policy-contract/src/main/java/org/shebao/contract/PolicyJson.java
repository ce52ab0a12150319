package org.shebao.contract;

import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON settings every reader and writer of policy data shares: decimals stay {@link java.math.BigDecimal} (never
 * pass through a double, and are written without exponents), unknown fields are errors, dates are ISO strings, values
 * of another JSON type are errors ({@link StrictJsonInput}).
 */
public final class PolicyJson {

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
     * keys in brackets): {@code payload.participants[EMPLOYEE].lines[0].employerRate}. Empty for the document itself.
     */
    public static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
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
}
