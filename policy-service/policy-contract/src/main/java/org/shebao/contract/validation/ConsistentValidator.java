package org.shebao.contract.validation;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ConsistentValidator implements ConstraintValidator<Consistent, ConsistencyChecked> {

    @Override
    public boolean isValid(ConsistencyChecked value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Inconsistencies found = new Inconsistencies();
        value.checkConsistency(found);
        List<Inconsistencies.Inconsistency> list = found.list();
        if (list.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Inconsistencies.Inconsistency inconsistency : list) {
            context.buildConstraintViolationWithTemplate(escape(inconsistency.message()))
                    .addPropertyNode(inconsistency.field())
                    .addConstraintViolation();
        }
        return false;
    }

    /** Messages are literal text, not templates: braces and dollars must not be interpolated. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
