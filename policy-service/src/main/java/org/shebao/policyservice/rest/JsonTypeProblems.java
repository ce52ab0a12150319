package org.shebao.policyservice.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

import io.quarkiverse.resteasy.problem.HttpProblem;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A payload whose {@code kind} is unknown cannot be typed. Jackson reports it as an invalid type id, which would
 * otherwise leave the 400 without a body; this names the field.
 */
public class JsonTypeProblems {

    @ServerExceptionMapper(priority = 1)
    public Response invalidTypeId(InvalidTypeIdException e) {
        String field = e.getPath().stream()
                .map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null)
                .collect(Collectors.joining("."));
        String message = "unknown kind '" + e.getTypeId() + "'";
        return HttpProblem.builder()
                .withType(URI.create("urn:shebao:problem:invalid-request"))
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail(field + ": " + message)
                .with("field", field)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)))
                .build()
                .toResponse();
    }
}
