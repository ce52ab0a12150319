package org.shebao.policyservice.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shebao.policyservice.api.ChangeSetRequest;
import org.shebao.policyservice.api.ChangeSetValidationView;
import org.shebao.policyservice.api.ChangeSetView;
import org.shebao.policyservice.api.ReasonRequest;
import org.shebao.policyservice.model.ChangeSetEntity;
import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.security.CurrentOperator;
import org.shebao.policyservice.security.Roles;
import org.shebao.policyservice.service.ChangeSetService;
import org.shebao.policyservice.service.ChangeSetValidation;

@Path("/api/v1/change-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change sets", description = "Bulk import: many versions reviewed and published as one change")
public class ChangeSetResource {

    @Inject
    ChangeSetService changeSets;

    @Inject
    ChangeSetValidation validation;

    @Inject
    CurrentOperator operator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "createChangeSet", summary = "Import drafts", description = "All or nothing; errors name the item (`items[3].payload...`). "
            + "Items identical to a published version are UNCHANGED; if all are, nothing is created (200, "
            + "NOTHING_TO_CHANGE).")
    @APIResponse(responseCode = "201", description = "The change set, in DRAFT",
            headers = @Header(name = HttpHeaders.LOCATION, ref = "Location"), content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeSetView.class)))
    @APIResponse(responseCode = "200", description = "Every item is already published: NOTHING_TO_CHANGE, no id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeSetView.class)))
    public Response importDrafts(@Valid @NotNull ChangeSetRequest request) {
        ChangeSetView view = view(changeSets.importDrafts(request, operator.name()));
        return view.id() == null
                ? Response.ok(view).build()
                : Response.created(URI.create("/api/v1/change-sets/" + view.id())).entity(view).build();
    }

    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "validateChangeSet", summary = "Dry run of an import", description = "Validates each "
            + "item on its own, as the import would, and says per item whether it would be drafted (NEW), is "
            + "identical to a published version (UNCHANGED) or is INVALID, with every problem of every item. "
            + "Writes nothing; answers 200 whatever the items hold.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangeSetRequest.class)))
    @APIResponse(responseCode = "200", description = "Each item's outcome and problems",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeSetValidationView.class)))
    public ChangeSetValidationView validate(JsonNode request) {
        return validation.validate(request);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.EDITOR, Roles.APPROVER })
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getChangeSet", summary = "One change set", description = "With the versions it holds.")
    public ChangeSetView get(@PathParam("id") long id) {
        return view(changeSets.get(id));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "submitChangeSet", summary = "Submit for review", description = "Every version of the set "
            + "is submitted together.")
    public ChangeSetView submit(@PathParam("id") long id) {
        return view(changeSets.submit(id, operator.name()));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.APPROVER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "approveChangeSet", summary = "Approve and publish every version", description = "Four-eyes: not by the importer.")
    public ChangeSetView approve(@PathParam("id") long id) {
        return view(changeSets.approve(id, operator.name()));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "rejectChangeSet", summary = "Reject every version", description = "The reason is kept in the "
            + "audit log.")
    public ChangeSetView reject(@PathParam("id") long id, @Valid @NotNull ReasonRequest reason) {
        return view(changeSets.reject(id, reason.reason(), operator.name()));
    }

    private static ChangeSetView view(ChangeSetService.Contents contents) {
        List<ChangeSetView.Item> items = contents.items().stream().map(ChangeSetResource::item).toList();
        ChangeSetEntity set = contents.set();
        return set == null
                ? new ChangeSetView(null, contents.title(), ChangeSetView.NOTHING_TO_CHANGE, contents.importedBy(), null,
                        null, null, null, null, items)
                : new ChangeSetView(set.id, set.title, set.status.name(), set.createdBy, set.createdAt,
                        set.submittedAt, set.reviewedBy, set.reviewedAt, set.rejectionReason, items);
    }

    private static ChangeSetView.Item item(ChangeSetService.Item item) {
        PolicyVersionEntity v = item.version();
        return new ChangeSetView.Item(item.index(), item.created() ? ChangeSetView.Outcome.CREATED
                : ChangeSetView.Outcome.UNCHANGED, v.id, v.regionCode, v.kind, v.version, v.effectiveFrom);
    }
}
