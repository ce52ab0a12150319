package org.shebao.calcservice.calc;

import java.util.List;

/**
 * The caller's request cannot be calculated as given (HTTP 400). {@link #field()} names the request field, with the
 * path the caller used ("wage", "costs.classA", "members[1].count"); {@link #fields()} names every field at fault,
 * e.g. both of two fields that exclude each other.
 */
public class InvalidInputException extends RuntimeException {

    private final List<String> fields;
    private final String reason;

    public InvalidInputException(String field, String message) {
        this(List.of(field), message);
    }

    private InvalidInputException(List<String> fields, String reason) {
        super(String.join(", ", fields) + ": " + reason);
        this.fields = fields;
        this.reason = reason;
    }

    /** Two ways of stating the same thing were both given: the request is ambiguous, so both fields are named. */
    public static InvalidInputException exclusive(String first, String second, String reason) {
        return new InvalidInputException(List.of(first, second), reason);
    }

    /** The first field at fault. */
    public String field() {
        return fields.get(0);
    }

    public List<String> fields() {
        return fields;
    }

    /** The message without the field names. */
    public String reason() {
        return reason;
    }
}
