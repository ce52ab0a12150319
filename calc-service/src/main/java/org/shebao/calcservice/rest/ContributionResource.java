package org.shebao.calcservice.rest;

import java.io.InputStream;

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
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shebao.calcservice.api.AdjustmentAnswer;
import org.shebao.calcservice.api.AdjustmentQuery;
import org.shebao.calcservice.api.ContributionAnswer;
import org.shebao.calcservice.api.ContributionQuery;
import org.shebao.calcservice.service.ContributionService;

@Path("/api/v1/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "社保缴费: monthly bills, batches and 补差")
public class ContributionResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ContributionService contributions;

    @Inject
    ContributionBatch batch;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Monthly contribution bill", description = "缴费基数 (the wage clamped to the bounds) × 费率 "
            + "per insurance line, for the CONTRIBUTION version in force on the first day of `month`. Bases are "
            + "clamped per line; `baseAdjustment` says when the floor or ceiling applied.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "beijing",
            value = RequestExamples.CONTRIBUTION)))
    public Response calculate(@Valid @NotNull ContributionQuery query, @Parameter(description = "Add the trace of "
            + "every step") @QueryParam("explain") boolean explain) {
        return Answers.respond(contributions.calculate(query, explain), r -> ContributionAnswer.of(query, r));
    }

    @POST
    @Path("batch")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(summary = "Many bills at once", description = "One JSON request per line (NDJSON, up to 200,000 lines); "
            + "one answer per line in the same order, errors included as lines of their own, then a summary line "
            + "citing each policy once.")
    @RequestBody(content = @Content(mediaType = NDJSON, examples = @ExampleObject(name = "two lines",
            value = RequestExamples.CONTRIBUTION_BATCH)))
    public Response batch(InputStream body) {
        StreamingOutput output = out -> batch.run(body, out);
        return Response.ok(output, NDJSON).build();
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "补差 after a late or corrected publication", description = "For months already paid (amounts "
            + "per line, or the version billed under), what is owed per line under the version in force now.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "beijing",
            value = RequestExamples.ADJUSTMENT)))
    public Response adjust(@Valid @NotNull AdjustmentQuery query, @QueryParam("explain") boolean explain) {
        return Answers.respond(contributions.adjust(query, explain), r -> AdjustmentAnswer.of(query, r));
    }
}
