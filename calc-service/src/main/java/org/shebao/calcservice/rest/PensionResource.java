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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Operation(summary = "Pension at retirement", description = "基础养老金 + 个人账户养老金 + 过渡性养老金 with the "
            + "region's PENSION version for the retirement month and the national 计发月数; `overrides` replace any "
            + "figure with the person's own.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "guangzhou",
            value = RequestExamples.PENSION)))
    public Response estimate(@Valid @NotNull PensionQuery query, @QueryParam("explain") boolean explain) {
        return Answers.respond(pensions.estimate(query, explain), r -> PensionAnswer.of(query.regionCode(), r));
    }

    @POST
    @Path("projection")
    @Operation(summary = "Projection to retirement", description = "From today's wage, index and account balance, with "
            + "stated growth assumptions: balance and pension at the statutory, earliest and latest months.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "guangzhou",
            value = RequestExamples.PROJECTION)))
    public Response projection(@Valid @NotNull ProjectionQuery query, @QueryParam("explain") boolean explain) {
        return Answers.respond(pensions.project(query, explain), r -> ProjectionAnswer.of(query.regionCode(),
                r.category(), r.projection()));
    }
}
