package org.shebao.contract;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** Bean-validation violations of a payload, by property path, as the tests compare them. */
final class Violations {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private Violations() {
    }

    static Map<String, String> of(Object value) {
        return VALIDATOR.validate(value).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }
}
