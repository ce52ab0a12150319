package org.shebao.policyservice.rest;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PublishedPolicy;
import org.shebao.policyservice.api.CoverageView;
import org.shebao.policyservice.service.CoverageService;

@Path("/api/v1/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Regions and the policies in force in them")
public class CoverageResource {

    @Inject
    CoverageService coverage;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "getCoverage", summary = "Coverage report", description = "On `date` (default today, Asia/Shanghai): for every region "
            + "with versions of its own, per kind, whether its own versions are IN_FORCE, PROVISIONAL (carried forward "
            + "under the national CARRY_FORWARD policy, 暂按上年度) or MISSING; and for every 统筹区 (city, and a "
            + "province without cities such as a 直辖市), per kind, which region's version serves it and how.")
    public CoverageView report(@Parameter(description = "Default today (Asia/Shanghai)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date,
            @Parameter(description = "Only this kind", schema = @Schema(implementation = PolicyKind.class)) @QueryParam("kind") String kind) {
        PolicyKind only = QueryParams.enumValue(PolicyKind.class, "kind", kind);
        CoverageService.Coverage found = coverage.on(QueryParams.date("date", date, clock),
                only == null ? EnumSet.allOf(PolicyKind.class) : EnumSet.of(only));
        return new CoverageView(found.date(), view(found.ownTimelines()), view(found.areas()));
    }

    private static List<CoverageView.Region> view(List<CoverageService.RegionCoverage> regions) {
        return regions.stream()
                .map(served -> new CoverageView.Region(served.region().code, served.region().name,
                        served.region().level, served.kinds().stream()
                                .map(kind -> view(served.region().code, kind)).toList()))
                .toList();
    }

    private static CoverageView.Kind view(String regionCode, CoverageService.KindCoverage served) {
        PublishedPolicy version = served.version();
        return version == null
                ? new CoverageView.Kind(served.kind(), served.status(), null, false, null, null, null, null)
                : new CoverageView.Kind(served.kind(), served.status(), version.regionCode(),
                        !version.regionCode().equals(regionCode), version.version(), version.effectiveFrom(),
                        version.effectiveTo(), served.carriedForwardUntil());
    }
}
