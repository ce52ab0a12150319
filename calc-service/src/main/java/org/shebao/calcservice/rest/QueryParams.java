package org.shebao.calcservice.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.shebao.calcservice.calc.InvalidInputException;

/**
 * Query parameters parsed so that a bad value is a 400 naming the parameter; JAX-RS would answer a failed conversion
 * with a bare 404. A missing value is null: the calculators say which values they require.
 */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        return parse(name, value, "one of " + Arrays.toString(type.getEnumConstants()), v -> Enum.valueOf(type, v));
    }

    static YearMonth yearMonth(String name, String value) {
        return parse(name, value, "a month like 2025-07", YearMonth::parse);
    }

    static LocalDate date(String name, String value) {
        return parse(name, value, "a day like 2025-07-01", LocalDate::parse);
    }

    static BigDecimal decimal(String name, String value) {
        return parse(name, value, "a decimal number", BigDecimal::new);
    }

    static Integer integer(String name, String value) {
        return parse(name, value, "a whole number", Integer::valueOf);
    }

    private static <T> T parse(String name, String value, String expected, java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException(name, "must be " + expected);
        }
    }
}
