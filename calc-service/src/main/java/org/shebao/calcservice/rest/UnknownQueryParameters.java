package org.shebao.calcservice.rest;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter the matched endpoint does not declare is a 400 naming it: a misspelt {@code retirmentMonth} would
 * otherwise be ignored and the answer given for the default month, as if the caller had asked for it. Endpoints
 * declare their parameters with {@link QueryParam}; paths outside JAX-RS ({@code /q/...}) are not filtered.
 */
public class UnknownQueryParameters {

    private final Map<Method, Set<String>> declaredByMethod = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> rejectUndeclared(ContainerRequestContext request, ResourceInfo resource) {
        Set<String> declared = declaredByMethod.computeIfAbsent(resource.getResourceMethod(),
                UnknownQueryParameters::declared);
        return new TreeSet<>(request.getUriInfo().getQueryParameters().keySet()).stream()
                .filter(name -> !declared.contains(name))
                .findFirst()
                .map(name -> problem(name, declared.isEmpty() ? "this endpoint takes no query parameters"
                        : "is not a parameter of this endpoint, which takes " + declared));
    }

    private static Set<String> declared(Method method) {
        return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Response problem(String name, String message) {
        return HttpProblem.builder()
                .withType(URI.create("urn:shebao:problem:invalid-request"))
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail(name + ": " + message)
                .with("violations", List.of(new Problems.Violation(name, "query", message)))
                .build()
                .toResponse();
    }
}
