package org.shebao.calcservice.rest;

import java.net.URI;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problem types calc-service answers with ({@code urn:shebao:problem:<name>}), built in one way. */
final class Problems {

    /** One entry of a problem's {@code violations}: the field or parameter, where it was sent, what is wrong. */
    record Violation(String field, String in, String message) {
    }


    static final String TYPE_PREFIX = "urn:shebao:problem:";

    static final String INVALID_REQUEST = "invalid-request";
    static final String UNKNOWN_REGION = "unknown-region";
    static final String NOT_COVERED = "not-covered";
    static final String NO_POLICY_IN_FORCE = "no-policy-in-force";
    static final String POLICY_GAP = "policy-gap";
    static final String REQUEST_TOO_LARGE = "request-too-large";
    static final String LENGTH_REQUIRED = "length-required";

    private Problems() {
    }

    static HttpProblem.Builder builder(int status, String type, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail);
    }

    static HttpProblem problem(int status, String type, String title, String detail) {
        return builder(status, type, title, detail).build();
    }
}
