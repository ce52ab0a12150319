package org.shebao.policyservice.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A missing or invalid token is a 401 problem with a Bearer challenge. (The problem extension's own mapper for these
 * reads a Quarkus internal that changed in 3.34, so this one takes precedence.)
 */
public class UnauthorizedProblems {

    @ServerExceptionMapper(value = { UnauthorizedException.class, AuthenticationFailedException.class }, priority = 1)
    public Response unauthorized(RuntimeException e) {
        return HttpProblem.builder()
                .withType(Problems.type("unauthenticated"))
                .withStatus(401)
                .withTitle("Unauthorized")
                .withDetail("a valid bearer token is required for this operation")
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build()
                .toResponse();
    }
}
