package org.shebao.contract.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Runs the cross-field rules of a {@link ConsistencyChecked} type (floor ≤ ceiling, bands increasing, …) and reports
 * each broken rule on the field it concerns, so the caller's error names that field.
 */
@Documented
@Constraint(validatedBy = ConsistentValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface Consistent {
    String message() default "is inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
