package org.shebao.policyservice.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkiverse.resteasy.problem.HttpProblem;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.shebao.contract.PolicyJson;

/**
 * A body of the wrong shape ({@code []}, {@code null}, a payload of an unknown {@code kind}) is a 400 problem naming
 * the field; left to the framework it would be a 400 without a body.
 */
public class JsonShapeProblems {

    @ServerExceptionMapper(value = {MismatchedInputException.class, InvalidFormatException.class}, priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        String field = PolicyJson.versionFieldPath(e);
        if (e instanceof InvalidTypeIdException unknownKind) {
            // The type id is the sibling "kind" of the payload, so the error is about that field.
            message = "unknown kind '" + unknownKind.getTypeId() + "'";
            field = field.isEmpty() || field.endsWith("payload") ? field.replaceFirst("payload$", "") + "kind"
                    : field + ".kind";
        }
        return HttpProblem.builder()
                .withType(Problems.type("invalid-request"))
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail(field.isEmpty() ? message : field + ": " + message)
                .with("field", field)
                .with("violations", List.of(new Problems.Violation(field, "body", message)))
                .build()
                .toResponse();
    }
}
