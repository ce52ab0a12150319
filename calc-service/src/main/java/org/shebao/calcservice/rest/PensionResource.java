package org.shebao.calcservice.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shebao.calcservice.api.Answer;
import org.shebao.calcservice.api.PensionAnswer;
import org.shebao.calcservice.api.PensionQuery;
import org.shebao.calcservice.api.ProjectionAnswer;
import org.shebao.calcservice.api.ProjectionQuery;
import org.shebao.calcservice.service.PensionService;

@Path("/api/v1/pensions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pensions", description = "基本养老金 estimates and projections")
public class PensionResource {

    @Inject
    PensionService pensions;

    @POST
    @Path("estimate")
    @Operation(operationId = "estimatePension", summary = "Pension at retirement", description = "基础养老金 + 个人账户养老金 + 过渡性养老金 with the "
            + "region's PENSION version for the retirement month and the national 计发月数; `overrides` replace any "
            + "figure with the person's own.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "guangzhou",
            value = RequestExamples.PENSION)))
    public RestResponse<Answer<PensionAnswer>> estimate(@Valid @NotNull PensionQuery query,
            @Parameter(description = "Add the trace of every step", example = "false")
            @QueryParam("explain") boolean explain) {
        return Answers.respond(pensions.estimate(query, explain), r -> PensionAnswer.of(query.regionCode(), r));
    }

    @POST
    @Path("projection")
    @Operation(operationId = "projectPension", summary = "Projection to retirement", description = "From today's wage, index and account balance, with "
            + "stated growth assumptions: balance and pension at the statutory, earliest and latest months.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "guangzhou",
            value = RequestExamples.PROJECTION)))
    public RestResponse<Answer<ProjectionAnswer>> projection(@Valid @NotNull ProjectionQuery query,
            @Parameter(description = "Add the trace of every step", example = "false")
            @QueryParam("explain") boolean explain) {
        return Answers.respond(pensions.project(query, explain), r -> ProjectionAnswer.of(query.regionCode(),
                r.category(), r.projection()));
    }
}
