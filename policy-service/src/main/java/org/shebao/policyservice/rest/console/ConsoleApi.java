package org.shebao.policyservice.rest.console;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
import org.shebao.policyservice.api.CalcRevisionView;
import org.shebao.policyservice.api.ConsoleSessionView;
import org.shebao.policyservice.api.CsvImportView;
import org.shebao.policyservice.api.PreviewRequest;
import org.shebao.policyservice.api.PreviewView;
import org.shebao.policyservice.console.CalcServiceClient;
import org.shebao.policyservice.console.CsvImport;
import org.shebao.policyservice.console.WhatIfPreview;
import org.shebao.policyservice.rest.AuditResource;
import org.shebao.policyservice.rest.ChangeSetResource;
import org.shebao.policyservice.rest.CoverageResource;
import org.shebao.policyservice.rest.PolicyVersionResource;
import org.shebao.policyservice.rest.Problems;
import org.shebao.policyservice.rest.QueryParams;
import org.shebao.policyservice.rest.RegionResource;
import org.shebao.policyservice.security.Roles;

/**
 * What the console's scripts call, same-origin with the console's cookie session (and its CSRF header on writes).
 * Under {@code /console/api/v1/...} the API's own resources answer unchanged — same validation, problems, ETags and
 * four-eyes rules — so the console adds no second implementation of any operation; those paths are the API's and are
 * documented there. The few endpoints of the console's own are below.
 */
@Path("/console/api")
@Produces(MediaType.APPLICATION_JSON)
// Not part of the API contract (docs/openapi/): the console's pages call these with a cookie session and a CSRF token.
public class ConsoleApi {

    @Inject
    SecurityIdentity identity;

    @Inject
    WhatIfPreview whatIf;

    @Inject
    CalcServiceClient calc;

    @Inject
    CsvImport csvImport;

    @Inject
    PolicyVersionResource policies;

    @Inject
    RegionResource regions;

    @Inject
    CoverageResource coverage;

    @Inject
    AuditResource audit;

    @Inject
    ChangeSetResource changeSets;

    @Path("v1/policies")
    @Operation(hidden = true)
    public PolicyVersionResource policies() {
        return policies;
    }

    @Path("v1/regions")
    @Operation(hidden = true)
    public RegionResource regions() {
        return regions;
    }

    @Path("v1/coverage")
    @Operation(hidden = true)
    public CoverageResource coverage() {
        return coverage;
    }

    @Path("v1/audit")
    @Operation(hidden = true)
    public AuditResource audit() {
        return audit;
    }

    @Path("v1/change-sets")
    @Operation(hidden = true)
    public ChangeSetResource changeSets() {
        return changeSets;
    }

    @GET
    @Path("session")
    @Authenticated
    @Operation(hidden = true, operationId = "consoleSession", summary = "The operator signed in to the console")
    public ConsoleSessionView session() {
        return new ConsoleSessionView(identity.getPrincipal().getName(),
                List.of(Roles.EDITOR, Roles.APPROVER).stream().filter(identity::hasRole).toList());
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.APPROVER })
    @Operation(hidden = true, operationId = "consolePreview", summary = "What-if preview of a draft",
            description = "CONTRIBUTION: calc-service's monthly bill at 10,000 元 and at the draft's floor, average "
                    + "(ceiling ÷ 3) and ceiling; PENSION: a sample retiree's pension; MEDICAL_BENEFIT: a sample "
                    + "hospital stay of an employee in service and of a retiree — under the draft (as policyOverride) "
                    + "and under the published policies. 503 when calc-service does not answer.")
    public PreviewView preview(@Valid @NotNull PreviewRequest request) {
        return whatIf.preview(request);
    }

    @POST
    @Path("import/csv")
    @Consumes("text/csv")
    @RolesAllowed(Roles.EDITOR)
    @Operation(hidden = true, operationId = "consoleCsvImport", summary = "A CSV of bases and rates as a change set",
            description = "One CONTRIBUTION draft per region × period, copied from the region's latest published "
                    + "version with the given cells changed, and the dry run of POST /api/v1/change-sets/validate "
                    + "with the file's problems by row and column. Writes nothing.")
    public CsvImportView importCsv(@QueryParam("title") String title, String csv) {
        return csvImport.read(title, csv == null ? "" : csv);
    }

    @GET
    @Path("calc-state")
    @RolesAllowed({ Roles.EDITOR, Roles.APPROVER })
    @Operation(hidden = true, operationId = "consoleCalcRevision", summary = "The revision calc-service holds for one timeline",
            description = "From calc-service's GET /api/v1/state; the console waits on it after an approval.")
    public CalcRevisionView calcRevision(@QueryParam("regionCode") String regionCode,
            @QueryParam("kind") String kind) {
        if (regionCode == null || !regionCode.matches(Region.CODE_PATTERN)) {
            throw Problems.invalidQueryParameter("regionCode", "must be a six-digit GB/T 2260 code");
        }
        PolicyKind policyKind = QueryParams.enumValue(PolicyKind.class, "kind", kind);
        if (policyKind == null) {
            throw Problems.invalidQueryParameter("kind", "is required");
        }
        String key = "policy/" + regionCode + "/" + policyKind;
        CalcServiceClient.Answer state = calc.get("/api/v1/state");
        JsonNode body = state.body();
        Long revision = null;
        if (body != null) {
            for (JsonNode entry : body.path("entries")) {
                if (key.equals(entry.path("key").asText())) {
                    revision = entry.path("revision").asLong();
                }
            }
        }
        return new CalcRevisionView(key, revision, body != null && body.path("caughtUp").asBoolean(),
                calc.baseUrl());
    }

    @ServerExceptionMapper
    public Response calcUnavailable(CalcServiceClient.Unavailable e) {
        return HttpProblem.builder()
                .withType(Problems.type("calc-service-unavailable"))
                .withStatus(503)
                .withTitle("Service Unavailable")
                .withDetail(e.getMessage())
                .build().toResponse();
    }
}
