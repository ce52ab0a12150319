package org.shebao.calcservice.rest;

import java.util.List;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.service.NoPolicyInForceException;
import org.shebao.calcservice.service.RegionNotCoveredException;
import org.shebao.calcservice.service.UnknownRegionException;
import org.shebao.contract.PolicyJson;

/**
 * Turns calculation failures into problems (RFC 9457). Field errors use the same {@code violations} shape as Bean
 * Validation failures, so clients parse one format.
 */
public class CalculationProblems {

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, Request request) {
        return Problems.builder(400, Problems.INVALID_REQUEST, "Bad Request", e.getMessage())
                .with("violations", e.fields().stream()
                        .map(field -> new Problems.Violation(field, location(request), e.reason())).toList())
                .build()
                .toResponse();
    }

    /** A body of the wrong shape ({@code []}, {@code null}, a string for a number), named by its field. */
    @ServerExceptionMapper(value = {MismatchedInputException.class, InvalidFormatException.class}, priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        String field = PolicyJson.fieldPath(e);
        return Problems.builder(400, Problems.INVALID_REQUEST, "Bad Request", e.getOriginalMessage())
                .with("field", field)
                .with("violations", List.of(new Problems.Violation(field, "body", e.getOriginalMessage())))
                .build()
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unknownRegion(UnknownRegionException e, Request request) {
        return regionProblem(404, Problems.UNKNOWN_REGION, "Not Found", e.field(), e.getMessage(), request);
    }

    @ServerExceptionMapper
    public Response notCovered(RegionNotCoveredException e, Request request) {
        return regionProblem(422, Problems.NOT_COVERED, "Unprocessable Content", e.field(), e.getMessage(), request);
    }

    @ServerExceptionMapper
    public Response noPolicy(NoPolicyInForceException e) {
        return Problems.builder(422, Problems.NO_POLICY_IN_FORCE, "Unprocessable Content", e.getMessage())
                .with("periods", e.periods())
                .build()
                .toResponse();
    }

    @ServerExceptionMapper
    public Response policyGap(PolicyGapException e) {
        return Problems.problem(422, Problems.POLICY_GAP, "Unprocessable Content", e.getMessage()).toResponse();
    }

    /** A problem with the region the request names, as a violation of its field. */
    private static Response regionProblem(int status, String type, String title, String field, String message,
            Request request) {
        return Problems.builder(status, type, title, message)
                .with("violations", List.of(new Problems.Violation(field, location(request), message)))
                .build()
                .toResponse();
    }

    /** GET endpoints take query parameters only; the others a JSON body. */
    private static String location(Request request) {
        return "GET".equals(request.getMethod()) ? "query" : "body";
    }
}
