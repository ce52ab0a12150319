package org.shebao.contract.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** A rate written as a decimal fraction in [0, 1]: 0.08 for 8 %, never 8. */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("0")
@DecimalMax("1")
@ReportAsSingleViolation
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface Rate {
    String message() default "must be a decimal rate between 0 and 1 (0.08 means 8 %)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
