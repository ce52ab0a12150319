package org.shebao.policyservice.rest;

import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.shebao.policyservice.config.PolicyServiceConfig;

/**
 * The request size limits operators meet, answered as problems. The HTTP layer's own limits are set higher
 * ({@code quarkus.http.limits.*}) because it rejects with a bare status.
 */
public class RequestLimits {

    /** Looked up per request: filters are created before runtime configuration is available. */
    @Inject
    Instance<PolicyServiceConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        PolicyServiceConfig.Limits limits = config.get().limits();
        int uri = limits.uri();
        long body = limits.body().asLongValue();
        if (request.getUriInfo().getRequestUri().toString().length() > uri) {
            return Optional.of(Problems.tooLarge(414, "URI Too Long", "the request URI is longer than " + uri
                    + " characters").toResponse());
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean declared = length != null && length.strip().matches("\\d{1,18}");
        if (declared && Long.parseLong(length.strip()) > body) {
            return Optional.of(Problems.tooLarge(413, "Content Too Large", "bodies are limited to "
                    + body + " bytes; split a large import into several change sets").toResponse());
        }
        return Optional.empty();
    }
}
