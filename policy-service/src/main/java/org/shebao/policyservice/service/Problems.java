package org.shebao.policyservice.service;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * The problems (RFC 9457, application/problem+json) this service answers with. Field errors use the same
 * {@code violations: [{field, in, message}]} shape as Bean Validation failures, so clients parse one format.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:shebao:problem:";

    private Problems() {
    }

    public record FieldError(String field, String message) {
    }

    public static HttpProblem notFound(String detail) {
        return problem(404, "not-found", "Not Found", detail);
    }

    public static HttpProblem invalidField(String field, String message) {
        return invalid(400, "Bad Request", List.of(new FieldError(field, message)), "body");
    }

    public static HttpProblem invalidQueryParameter(String name, String message) {
        return invalid(400, "Bad Request", List.of(new FieldError(name, message)), "query");
    }

    /** 422: well-formed, but refers to something that does not exist or breaks a rule of the domain. */
    public static HttpProblem unprocessable(List<FieldError> errors) {
        return invalid(422, "Unprocessable Content", errors, "body");
    }

    public static HttpProblem conflict(String detail) {
        return problem(409, "conflict", "Conflict", detail);
    }

    /** 403 for a rule about people: four-eyes, or a draft that is someone else's. */
    public static HttpProblem forbidden(String detail) {
        return problem(403, "four-eyes", "Forbidden", detail);
    }

    public static HttpProblem preconditionFailed(String detail) {
        return problem(412, "stale-version", "Precondition Failed", detail);
    }

    public static HttpProblem preconditionRequired(String detail) {
        return problem(428, "if-match-required", "Precondition Required", detail);
    }

    /** 413 or 414: the request is larger than the service accepts. */
    public static HttpProblem tooLarge(int status, String title, String detail) {
        return problem(status, "request-too-large", title, detail);
    }

    private static HttpProblem invalid(int status, String title, List<FieldError> errors, String in) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return HttpProblem.builder(problem(status, "invalid-request", title, detail))
                .with("violations", errors.stream()
                        .map(e -> Map.of("field", e.field(), "in", in, "message", e.message()))
                        .toList())
                .build();
    }

    private static HttpProblem problem(int status, String type, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .build();
    }
}
