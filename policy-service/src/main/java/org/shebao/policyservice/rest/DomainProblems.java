package org.shebao.policyservice.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.shebao.policyservice.service.DomainException;
import org.shebao.policyservice.service.FourEyesViolation;
import org.shebao.policyservice.service.IfMatchRequired;
import org.shebao.policyservice.service.InvalidInput;
import org.shebao.policyservice.service.NotFound;
import org.shebao.policyservice.service.StaleVersion;
import org.shebao.policyservice.service.WorkflowConflict;

/**
 * How each refusal of the domain is answered. The problem extension's post-processing still applies (the
 * {@code instance} member, logging), as for the problems it maps itself.
 */
public class DomainProblems {

    @ServerExceptionMapper
    public Response refused(DomainException e, UriInfo uri) {
        HttpProblem problem = problemOf(e);
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problem, ProblemContext.of(e, uri))
                .toResponse();
    }

    static HttpProblem problemOf(DomainException e) {
        if (e instanceof InvalidInput invalid) {
            return invalid.severity() == InvalidInput.Severity.UNPROCESSABLE
                    ? Problems.invalid(422, "Unprocessable Content", invalid)
                    : Problems.invalid(400, "Bad Request", invalid);
        }
        if (e instanceof NotFound) {
            return Problems.problem(404, "not-found", "Not Found", e.getMessage());
        }
        if (e instanceof WorkflowConflict) {
            return Problems.problem(409, "conflict", "Conflict", e.getMessage());
        }
        if (e instanceof FourEyesViolation) {
            return Problems.problem(403, "four-eyes", "Forbidden", e.getMessage());
        }
        if (e instanceof StaleVersion) {
            return Problems.problem(412, "stale-version", "Precondition Failed", e.getMessage());
        }
        if (e instanceof IfMatchRequired) {
            return Problems.problem(428, "if-match-required", "Precondition Required", e.getMessage());
        }
        throw new IllegalStateException("no problem for " + e.getClass().getName());
    }
}
