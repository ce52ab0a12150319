package org.shebao.calcservice.calc;

/**
 * The caller's request cannot be calculated as given (HTTP 400). {@link #field()} names the request field, with the
 * path the caller used ("wage", "costs.classA", "members[1].count").
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The message without the field name. */
    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
