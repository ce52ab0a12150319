package org.shebao.calcservice.rest;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.runtime.configuration.MemorySize;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Size limits per endpoint, answered as problems. The HTTP layer's own limits are set higher
 * ({@code quarkus.http.limits.*}) because it rejects with a bare status; these are the limits callers meet.
 */
public class RequestLimits {

    @ConfigProperty(name = "calc.limits.body", defaultValue = "1M")
    MemorySize body;

    @ConfigProperty(name = "calc.limits.batch-body", defaultValue = "48M")
    MemorySize batchBody;

    @ConfigProperty(name = "calc.limits.uri", defaultValue = "8192")
    int uri;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String target = request.getUriInfo().getRequestUri().toString();
        if (target.length() > uri) {
            return Optional.of(problem(414, Problems.REQUEST_TOO_LARGE, "URI Too Long", "the request URI is longer than " + uri + " characters"));
        }
        boolean batch = request.getUriInfo().getPath().endsWith("/batch");
        if (batch && "POST".equals(request.getMethod()) && request.getHeaderString(HttpHeaders.CONTENT_LENGTH) == null) {
            // A batch cut off by the HTTP layer's limit would stream back a truncated answer: require the length.
            return Optional.of(problem(411, Problems.LENGTH_REQUIRED, "Length Required", "send a batch with its Content-Length"));
        }
        long limit = batch ? batchBody.asLongValue() : body.asLongValue();
        if (declaredLength(request) > limit) {
            return Optional.of(problem(413, Problems.REQUEST_TOO_LARGE, "Content Too Large", "this endpoint accepts bodies up to " + limit
                    + " bytes"));
        }
        return Optional.empty();
    }

    /** The declared body length; a malformed header counts as 0 and is left to the HTTP layer. */
    private static long declaredLength(ContainerRequestContext request) {
        try {
            String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
            return length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Response problem(int status, String type, String title, String detail) {
        return Problems.problem(status, type, title, detail).toResponse();
    }
}
