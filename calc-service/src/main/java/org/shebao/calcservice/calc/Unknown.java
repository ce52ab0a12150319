package org.shebao.calcservice.calc;

import java.util.Objects;

/**
 * A figure the answer leaves null because it cannot be known, e.g. {@code totals.employer} when a rate is not
 * published. {@code reason} is the code of the finding that explains it.
 */
public record Unknown(String field, StatusCode reason) {

    public Unknown {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    Unknown under(String prefix) {
        return new Unknown(prefix + field, reason);
    }
}
