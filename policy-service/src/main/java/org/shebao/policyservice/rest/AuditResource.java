package org.shebao.policyservice.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shebao.contract.Region;
import org.shebao.policyservice.api.AuditEntryView;
import org.shebao.policyservice.api.PageView;
import org.shebao.policyservice.security.Roles;
import org.shebao.policyservice.service.AuditService;
import org.shebao.policyservice.service.Page;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, before and after")
public class AuditResource {

    private static final List<String> ENTITY_TYPES = List.of("REGION", "POLICY_VERSION", "CHANGE_SET");

    @Inject
    AuditService audit;

    @Inject
    AuditMapper mapper;

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.APPROVER })
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "searchAudit", summary = "Audit log, newest first", description = "entityType: REGION, POLICY_VERSION or CHANGE_SET; regionCode: everything about one region.")
    public PageView<AuditEntryView> search(
            @Parameter(description = "Only entries about this type of entity", schema = @Schema(enumeration = {
                    "REGION", "POLICY_VERSION", "CHANGE_SET" })) @QueryParam("entityType") String entityType,
            @Parameter(description = "Only entries about this entity (a region code or an id)") @QueryParam("entityId")
            String entityId,
            @Parameter(description = "Only entries by this operator") @QueryParam("actor") String actor,
            @Parameter(description = "Only entries about this region: the region, its policy versions and the change "
                    + "sets that drafted one of them", schema = @Schema(type = SchemaType.STRING, pattern = Region.CODE_PATTERN))
            @QueryParam("regionCode") String regionCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(1000) int size) {
        if (entityType != null && !ENTITY_TYPES.contains(entityType)) {
            throw Problems.invalidQueryParameter("entityType", "must be one of " + ENTITY_TYPES);
        }
        if (regionCode != null && !regionCode.matches(Region.CODE_PATTERN)) {
            throw Problems.invalidQueryParameter("regionCode", "must be a six-digit GB/T 2260 code");
        }
        Page<AuditService.Entry> found = audit.search(entityType, entityId, actor, regionCode, page, size);
        return new PageView<>(found.items().stream().map(mapper::toView).toList(), found.total(), page, size);
    }
}
