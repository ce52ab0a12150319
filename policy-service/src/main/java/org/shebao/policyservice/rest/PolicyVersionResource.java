package org.shebao.policyservice.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shebao.contract.PolicyKind;
import org.shebao.policyservice.api.DiffView;
import org.shebao.policyservice.api.DraftRequest;
import org.shebao.policyservice.api.PolicyVersionView;
import org.shebao.policyservice.api.ReasonRequest;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.model.VersionStatus;
import org.shebao.policyservice.security.CurrentOperator;
import org.shebao.policyservice.security.Roles;
import org.shebao.policyservice.service.DraftService;
import org.shebao.policyservice.service.PolicyQueryService;
import org.shebao.policyservice.service.PublishingService;
import org.shebao.policyservice.service.VersionLoader;

/**
 * One policy version through its life: draft → submitted → published (or rejected), and withdrawal of a scheduled
 * version. Writes need a token; edits of a draft need its ETag in If-Match.
 */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy versions", description = "Drafting, review and publication of policy versions")
public class PolicyVersionResource {

    @Inject
    DraftService drafts;

    @Inject
    PublishingService publishing;

    @Inject
    PolicyQueryService queries;

    @Inject
    PolicyVersionMapper mapper;

    @Inject
    CurrentOperator operator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "createDraft", summary = "Create a draft", description = "The payload's type follows `kind`; the request examples "
            + "show a complete, real draft of every kind.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DraftRequest.class), examples = {
                    @ExampleObject(name = "CONTRIBUTION", ref = "ContributionDraft"),
                    @ExampleObject(name = "RESIDENT_MEDICAL", ref = "ResidentMedicalDraft"),
                    @ExampleObject(name = "MEDICAL_BENEFIT", ref = "MedicalBenefitDraft"),
                    @ExampleObject(name = "PENSION", ref = "PensionDraft"),
                    @ExampleObject(name = "GUIDE", ref = "GuideDraft"),
                    @ExampleObject(name = "CARRY_FORWARD", ref = "CarryForwardDraft"),
                    @ExampleObject(name = "INCOME_TAX", ref = "IncomeTaxDraft"),
                    @ExampleObject(name = "HOUSING_FUND", ref = "HousingFundDraft") }))
    @APIResponse(responseCode = "201", description = "The draft", headers = {
            @Header(name = HttpHeaders.ETAG, ref = "ETag"), @Header(name = HttpHeaders.LOCATION, ref = "Location") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyVersionView.class)))
    public Response create(@Valid @NotNull DraftRequest draft) {
        PolicyVersionEntity created = drafts.create(draft, operator.name());
        return withTag(Response.created(URI.create("/api/v1/policies/" + created.id)), created);
    }

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.APPROVER })
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "listPolicyVersions", summary = "Work queue", description = "Versions in a status (e.g. SUBMITTED, awaiting review).")
    public List<PolicyVersionView> queue(
            @Parameter(description = "Only versions in this status", schema = @Schema(implementation = VersionStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only versions of this region") @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Only this kind", schema = @Schema(implementation = PolicyKind.class)) @QueryParam("kind") String kind) {
        return queries.withStatus(QueryParams.enumValue(VersionStatus.class, "status", status), regionCode,
                QueryParams.enumValue(PolicyKind.class, "kind", kind)).stream().map(mapper::toView).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPolicyVersion", summary = "One version", description = "Published and withdrawn versions are public; others need an "
            + "operator token. The ETag is what If-Match must carry to edit a draft.")
    @APIResponse(responseCode = "200", description = "The version", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyVersionView.class)))
    public Response get(@PathParam("id") long id) {
        return withTag(Response.ok(), queries.visible(id, operator.isOperator()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "updateDraft", summary = "Edit a draft", description = "Needs If-Match with the draft's ETag: 428 without it, 412 if "
            + "someone changed the draft since.")
    @APIResponse(responseCode = "200", description = "The edited draft", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyVersionView.class)))
    public Response update(@PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = "The ETag of the draft as last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DraftRequest draft) {
        return withTag(Response.ok(), drafts.update(id, ifMatch, draft, operator.name()));
    }

    @DELETE
    @Path("{id}")
    // no body on success: a client that accepts only the problem type of the errors is not refused with 406
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "deleteDraft", summary = "Discard a draft", description = "Needs If-Match with the draft's ETag, like an edit.")
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response delete(@PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, required = true, description = "The ETag of the draft as last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        drafts.delete(id, ifMatch, operator.name());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "submitPolicyVersion", summary = "Submit a draft for review", description = "If-Match is "
            + "optional here; when sent, it must match.")
    @APIResponse(responseCode = "200", description = "The submitted version", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyVersionView.class)))
    public Response submit(@PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, description = "The ETag as last read; when sent, it must match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), drafts.submit(id, ifMatch, operator.name()));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.APPROVER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "approvePolicyVersion", summary = "Approve and publish", description = "Four-eyes: the approver may not be the author. The "
            + "version may take effect later than today.")
    @APIResponse(responseCode = "200", description = "The published version", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyVersionView.class)))
    public Response approve(@PathParam("id") long id,
            @Parameter(name = HttpHeaders.IF_MATCH, description = "The ETag as last read; when sent, it must match") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(Response.ok(), publishing.approve(id, ifMatch, operator.name()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "rejectPolicyVersion", summary = "Reject with a reason", description = "The reason is kept "
            + "in the audit log; the author may draft again.")
    @APIResponse(responseCode = "200", description = "The rejected version", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyVersionView.class)))
    public Response reject(@PathParam("id") long id, @Valid @NotNull ReasonRequest reason) {
        return withTag(Response.ok(), publishing.reject(id, reason.reason(), operator.name()));
    }

    @POST
    @Path("{id}/withdrawal-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.APPROVER })
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "requestWithdrawal", summary = "Ask to withdraw a scheduled version", description = "Only before it takes effect; another "
            + "approver confirms.")
    @APIResponse(responseCode = "200", description = "The version with its withdrawal request", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyVersionView.class)))
    public Response requestWithdrawal(@PathParam("id") long id, @Valid @NotNull ReasonRequest reason) {
        return withTag(Response.ok(), publishing.requestWithdrawal(id, reason.reason(), operator.name()));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.APPROVER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "withdrawPolicyVersion", summary = "Confirm a withdrawal", description = "Four-eyes: not by whoever requested it.")
    @APIResponse(responseCode = "200", description = "The withdrawn version", headers = @Header(name = HttpHeaders.ETAG, ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PolicyVersionView.class)))
    public Response withdraw(@PathParam("id") long id) {
        return withTag(Response.ok(), publishing.withdraw(id, operator.name()));
    }

    @GET
    @Path("{id}/diff")
    @Operation(operationId = "diffPolicyVersion", summary = "Compare two versions", description = "Leaves that differ between version `against` and this "
            + "one, by JSON path.")
    public DiffView diff(@PathParam("id") long id,
            @Parameter(required = true, description = "The id of the earlier version",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) @QueryParam("against") String against) {
        PolicyQueryService.Comparison versions = queries.compare(QueryParams.id("against", against), id,
                operator.isOperator());
        return mapper.diff(versions.from(), versions.to());
    }

    private Response withTag(Response.ResponseBuilder builder, PolicyVersionEntity entity) {
        return builder.entity(mapper.toView(entity)).header(HttpHeaders.ETAG, VersionLoader.etag(entity)).build();
    }
}
