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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shebao.calcservice.api.AdjustmentAnswer;
import org.shebao.calcservice.api.AdjustmentQuery;
import org.shebao.calcservice.api.BatchLines;
import org.shebao.calcservice.api.Answer;
import org.shebao.calcservice.api.ContributionAnswer;
import org.shebao.calcservice.api.ContributionQuery;
import org.shebao.calcservice.service.ContributionService;

@Path("/api/v1/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "社保缴费: monthly bills, batches and 补差")
public class ContributionResource {

    public static final String NDJSON = "application/x-ndjson";
    static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    ContributionService contributions;

    @Inject
    ContributionBatch batch;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "calculateContribution", summary = "Monthly contribution bill", description = "缴费基数 (the wage clamped to the bounds) × 费率 "
            + "per insurance line, for the CONTRIBUTION version in force on the first day of `month`. Bases are "
            + "clamped per line; `baseAdjustment` says when the floor or ceiling applied.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "beijing",
            value = RequestExamples.CONTRIBUTION)))
    public RestResponse<Answer<ContributionAnswer>> calculate(@Valid @NotNull ContributionQuery query,
            @Parameter(description = "Add the trace of every step", example = "false") @QueryParam("explain")
            boolean explain) {
        return Answers.respond(contributions.calculate(query, explain), r -> ContributionAnswer.of(query, r));
    }

    @POST
    @Path("batch")
    @Consumes(NDJSON)
    // the answer is NDJSON; problem+json too, as its errors are, so that a client accepting only the problem type
    // (a generated client picks the JSON types of the operation's answers) is not refused with 406
    @Produces({ NDJSON, PROBLEM_JSON })
    @Operation(operationId = "calculateContributionBatch", summary = "Many bills at once", description = "One "
            + "ContributionQuery per line (NDJSON, up to 200,000 lines; send the `Content-Length`); one answer line per "
            + "request line in the same order — a ContributionBatchAnsweredLine, or a ContributionBatchFailedLine with "
            + "the status a single request would have got — then one ContributionBatchSummaryLine citing each policy "
            + "once. Read the answer line by line: every line is one JSON object (schema ContributionBatchLine), told "
            + "apart by its fields (`result`, `status`, or `lines` on the summary).")
    @RequestBody(required = true, description = "NDJSON: one ContributionQuery per line", content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    description = "NDJSON: one JSON ContributionQuery object per line", contentMediaType = NDJSON,
                    contentSchema = ContributionQuery.class)))
    @APIResponse(responseCode = "200", description = "NDJSON: one ContributionBatchLine per request line, then the "
            + "summary line", content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    description = "NDJSON: one JSON ContributionBatchLine object per line", contentMediaType = NDJSON,
                    contentSchema = BatchLines.Line.class)))
    public Response batch(InputStream body) {
        StreamingOutput output = out -> batch.run(body, out);
        return Response.ok(output, NDJSON).build();
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "calculateAdjustment", summary = "补差 after a late or corrected publication",
            description = "For months already paid, what is owed per line under the version in force now. Each month "
            + "states what was paid in exactly one way: `paid` (amounts per line) or `paidUnderVersion`; both, even "
            + "with an empty `paid`, is a 400 naming the two fields.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "beijing",
            value = RequestExamples.ADJUSTMENT)))
    public RestResponse<Answer<AdjustmentAnswer>> adjust(@Valid @NotNull AdjustmentQuery query,
            @Parameter(description = "Add the trace of every step", example = "false") @QueryParam("explain")
            boolean explain) {
        return Answers.respond(contributions.adjust(query, explain), r -> AdjustmentAnswer.of(query, r));
    }
}
