package org.shebao.policyservice.rest;

import java.net.URI;
import java.util.Locale;

import io.quarkiverse.resteasy.problem.HttpProblem;

import org.shebao.policyservice.service.InvalidInput;

/**
 * The problems (RFC 9457, application/problem+json) this service answers with. Field errors use the same
 * {@code violations: [{field, in, message}]} shape as Bean Validation failures, so clients parse one format.
 */
public final class Problems {

    /** One entry of a problem's {@code violations}: the field or parameter, where it was sent, what is wrong. */
    record Violation(String field, String in, String message) {
    }


    /** Every problem type of this service is {@code urn:shebao:problem:<name>}. */
    public static final String TYPE_PREFIX = "urn:shebao:problem:";

    private Problems() {
    }

    public static URI type(String name) {
        return URI.create(TYPE_PREFIX + name);
    }

    public static HttpProblem invalidQueryParameter(String name, String message) {
        return DomainProblems.problemOf(InvalidInput.parameter(name, message));
    }

    /** 413 or 414: the request is larger than the service accepts. */
    public static HttpProblem tooLarge(int status, String title, String detail) {
        return problem(status, "request-too-large", title, detail);
    }

    static HttpProblem invalid(int status, String title, InvalidInput invalid) {
        String in = invalid.source().name().toLowerCase(Locale.ROOT);
        return HttpProblem.builder(problem(status, "invalid-request", title, invalid.getMessage()))
                .with("violations", invalid.errors().stream()
                        .map(e -> new Violation(e.field(), in, e.message()))
                        .toList())
                .build();
    }

    static HttpProblem problem(int status, String type, String title, String detail) {
        return HttpProblem.builder()
                .withType(type(type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail)
                .build();
    }
}
