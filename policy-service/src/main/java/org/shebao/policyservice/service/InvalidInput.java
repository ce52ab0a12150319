package org.shebao.policyservice.service;

import java.util.List;

/** Inputs the domain rejects, each named by its path; every error is reported, not only the first. */
public final class InvalidInput extends DomainException {

    /** Where the inputs came from. */
    public enum Source {
        BODY,
        QUERY
    }

    /** Malformed for the operation, or well-formed but naming what does not exist or breaking a rule of the domain. */
    public enum Severity {
        MALFORMED,
        UNPROCESSABLE
    }

    private final Severity severity;
    private final Source source;
    private final List<FieldError> errors;

    private InvalidInput(Severity severity, Source source, List<FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid");
        this.severity = severity;
        this.source = source;
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput field(String field, String message) {
        return new InvalidInput(Severity.MALFORMED, Source.BODY, List.of(new FieldError(field, message)));
    }

    public static InvalidInput parameter(String name, String message) {
        return new InvalidInput(Severity.MALFORMED, Source.QUERY, List.of(new FieldError(name, message)));
    }

    public static InvalidInput unprocessable(List<FieldError> errors) {
        return new InvalidInput(Severity.UNPROCESSABLE, Source.BODY, errors);
    }

    public Severity severity() {
        return severity;
    }

    public Source source() {
        return source;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
