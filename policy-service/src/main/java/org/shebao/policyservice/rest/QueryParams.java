package org.shebao.policyservice.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Parses query parameters so that a bad value is a 400 naming the parameter (JAX-RS would answer a failed conversion
 * with a bare 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidQueryParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A required id. */
    static long id(String name, String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw Problems.invalidQueryParameter(name, "is required: the id of a version");
        }
    }

    static LocalDate date(String name, String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.invalidQueryParameter(name, "must be a date like 2025-07-01");
        }
    }
}
