package org.shebao.calcservice.calc;

import java.math.BigDecimal;

/** Request validation that names the offending field ({@link InvalidInputException}). */
public final class InputChecks {

    private InputChecks() {
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    public static BigDecimal positive(String field, BigDecimal value) {
        if (required(field, value).signum() <= 0) {
            throw new InvalidInputException(field, "must be greater than 0, was " + Money.text(value));
        }
        return value;
    }

    /** Required and ≥ 0. */
    public static BigDecimal nonNegative(String field, BigDecimal value) {
        if (required(field, value).signum() < 0) {
            throw new InvalidInputException(field, "must not be negative, was " + Money.text(value));
        }
        return value;
    }

    /** Optional and ≥ 0 when given; {@code fallback} when absent. */
    public static BigDecimal nonNegativeOr(String field, BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : nonNegative(field, value);
    }

    /** Optional and ≥ 0 when given; {@code fallback} when absent. */
    public static int nonNegativeOr(String field, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 0) {
            throw new InvalidInputException(field, "must not be negative, was " + value);
        }
        return value;
    }

    /** A decimal rate in [0, 1] when given. */
    public static BigDecimal rateOrNull(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidInputException(field, "must be a decimal rate between 0 and 1 (0.08 means 8 %), was "
                    + Money.text(value));
        }
        return value;
    }
}
