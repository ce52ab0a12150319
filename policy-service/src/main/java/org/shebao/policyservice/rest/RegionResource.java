package org.shebao.policyservice.rest;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;
import org.shebao.policyservice.api.CoverageView;
import org.shebao.policyservice.api.InForceView;
import org.shebao.policyservice.api.PageView;
import org.shebao.policyservice.api.PolicyVersionView;
import org.shebao.policyservice.api.RegionImportView;
import org.shebao.policyservice.mapping.PolicyVersionMapper;
import org.shebao.policyservice.security.CurrentOperator;
import org.shebao.policyservice.security.Roles;
import org.shebao.policyservice.service.InvalidInput;
import org.shebao.policyservice.service.Page;
import org.shebao.policyservice.service.PolicyQueryService;
import org.shebao.policyservice.service.RegionService;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Regions and the policies in force in them")
public class RegionResource {

    /** More than the ~3,300 provinces, cities and counties of the administrative-division list. */
    static final int MAX_IMPORT = 10_000;

    @Inject
    RegionService regions;

    @Inject
    PolicyQueryService queries;

    @Inject
    PolicyVersionMapper mapper;

    @Inject
    CurrentOperator operator;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "searchRegions", summary = "Search regions", description = "`kind` keeps regions that have their own published policy of "
            + "that kind (not one inherited from their province or the nation).")
    public PageView<Region> search(
            @Parameter(description = "Part of the name or code") @QueryParam("q") String text,
            @Parameter(description = "Only regions of this level", schema = @Schema(implementation = RegionLevel.class))
            @QueryParam("level") String level,
            @Parameter(description = "Only regions with a published policy of their own of this kind",
                    schema = @Schema(implementation = PolicyKind.class)) @QueryParam("kind") String kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(1000) int size) {
        Page<Region> found = regions.search(text, QueryParams.enumValue(RegionLevel.class, "level", level),
                QueryParams.enumValue(PolicyKind.class, "kind", kind), page, size);
        return new PageView<>(found.items(), found.total(), page, size);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getRegion", summary = "One region", description = "By its GB/T 2260 code.")
    public Region get(@PathParam("code") @Pattern(regexp = Region.CODE_PATTERN) String code) {
        return regions.get(code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "importRegions", summary = "Create or replace many regions", description = "All or nothing, in the order given (parents "
            + "before their children), e.g. the administrative-division list. Unchanged regions publish nothing.")
    public RegionImportView putAll(@NotEmpty @Size(max = MAX_IMPORT) List<@Valid @NotNull Region> batch) {
        Map<RegionService.Outcome, Integer> counts = regions.putAll(batch, operator.name());
        return new RegionImportView(counts.get(RegionService.Outcome.CREATED),
                counts.get(RegionService.Outcome.UPDATED), counts.get(RegionService.Outcome.UNCHANGED));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "putRegion", summary = "Create or replace a region", description = "Idempotent: an unchanged region answers 200 "
            + "and publishes nothing. Every change is announced on the policy topic.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = HttpHeaders.LOCATION, ref = "Location"), content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Region.class)))
    @APIResponse(responseCode = "200", description = "Replaced, or unchanged", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Region.class)))
    public Response put(@PathParam("code") @Pattern(regexp = Region.CODE_PATTERN) String code,
            @Valid @NotNull Region region) {
        if (!code.equals(region.code())) {
            throw InvalidInput.field("code", "must equal the code in the path (" + code + ")");
        }
        RegionService.Saved saved = regions.put(region, operator.name());
        return saved.outcome() == RegionService.Outcome.CREATED
                ? Response.created(URI.create("/api/v1/regions/" + code)).entity(saved.region()).build()
                : Response.ok(saved.region()).build();
    }

    @GET
    @Path("{code}/policies")
    @Operation(operationId = "listPoliciesInForce", summary = "Policies in force on a date", description = "For each kind, the version in force on `date` "
            + "(default today, Asia/Shanghai): the region's own, else its province's, else the nation's; where none is "
            + "in force, an ended version the national CARRY_FORWARD policy still allows, marked `PROVISIONAL` with "
            + "`carriedForwardUntil` (the version calc-service answers with).")
    public List<InForceView> inForce(@PathParam("code") @Pattern(regexp = Region.CODE_PATTERN) String code,
            @Parameter(description = "Default today (Asia/Shanghai)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date,
            @Parameter(description = "Only this kind", schema = @Schema(implementation = PolicyKind.class)) @QueryParam("kind") String kind) {
        PolicyKind only = QueryParams.enumValue(PolicyKind.class, "kind", kind);
        return inForce(code, date, only == null ? EnumSet.allOf(PolicyKind.class) : EnumSet.of(only));
    }

    @GET
    @Path("{code}/guides")
    @Operation(operationId = "listGuidesInForce", summary = "Procedure guides in force", description = "Materials, channels and validity per procedure "
            + "(医保卡, 异地就医备案, …), resolved like any policy.")
    public List<InForceView> guides(@PathParam("code") @Pattern(regexp = Region.CODE_PATTERN) String code,
            @Parameter(description = "Default today (Asia/Shanghai)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date) {
        return inForce(code, date, EnumSet.of(PolicyKind.GUIDE));
    }

    @GET
    @Path("{code}/policies/{kind}/history")
    @Operation(operationId = "getPolicyHistory", summary = "Every version of one kind", description = "Published and withdrawn versions; operators "
            + "also see drafts, submitted and rejected ones.")
    public List<PolicyVersionView> history(@PathParam("code") @Pattern(regexp = Region.CODE_PATTERN) String code,
            @Parameter(description = "The policy kind", schema = @Schema(implementation = PolicyKind.class)) @PathParam("kind") String kind) {
        return queries.history(code, QueryParams.enumValue(PolicyKind.class, "kind", kind), operator.isOperator())
                .stream().map(mapper::toView).toList();
    }

    private List<InForceView> inForce(String code, String date, Set<PolicyKind> kinds) {
        return queries.inForce(code, QueryParams.date("date", date, clock), kinds).stream()
                .map(found -> new InForceView(found.kind(), found.version().regionCode, found.inherited(),
                        mapper.toView(found.version()), found.carriedForwardUntil() == null
                                ? CoverageView.Status.IN_FORCE : CoverageView.Status.PROVISIONAL,
                        found.carriedForwardUntil()))
                .toList();
    }
}
