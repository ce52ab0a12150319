package org.shebao.calcservice.rest;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shebao.calcservice.api.Answer;
import org.shebao.calcservice.api.GuideListAnswer;
import org.shebao.calcservice.api.OutOfAreaGuideAnswer;
import org.shebao.calcservice.service.GuideService;
import org.shebao.contract.Region;
import org.shebao.contract.payload.OutOfAreaSituation;
import org.shebao.contract.payload.ProcedureType;

/** Guidance: what to do, with which materials, where — regional where the data has it, national otherwise. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guidance", description = "办事指南: 异地就医备案, 参保登记, 社保卡, 医保电子凭证, 转移接续")
public class GuideResource {

    @Inject
    GuideService guides;

    @GET
    @Path("medical/out-of-area-guide")
    @Operation(operationId = "getOutOfAreaGuide", summary = "异地就医: what to do before care elsewhere", description = "Scope (LOCAL, WITHIN_PROVINCE, "
            + "CROSS_PROVINCE), direct settlement, the filing with materials, channels, validity, change/cancel rules "
            + "and filing after admission, the expected change of the ratio, and the manual-claim path — each item "
            + "cited; `source` says whether a procedure is REGIONAL or NATIONAL.")
    public RestResponse<Answer<OutOfAreaGuideAnswer>> outOfArea(
            @Parameter(description = "参保地 (any valid code)", required = true, example = "110105")
            @QueryParam("insuredRegionCode") @Pattern(regexp = Region.CODE_PATTERN) String insuredRegionCode,
            @Parameter(description = "就医地 (any valid code)", required = true, example = "310000")
            @QueryParam("treatmentRegionCode") @Pattern(regexp = Region.CODE_PATTERN) String treatmentRegionCode,
            @Parameter(description = "RETIREE_RESETTLEMENT, LONG_TERM_RESIDENCE, RESIDENT_WORKER, REFERRAL, EMERGENCY or "
                    + "TEMPORARY_OTHER", required = true, example = "REFERRAL", schema = @Schema(
                            implementation = OutOfAreaSituation.class)) @QueryParam("situation") String situation,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2026-11-30", schema = @Schema(
                    implementation = LocalDate.class)) @QueryParam("date") String date) {
        return Answers.respond(guides.outOfArea(insuredRegionCode, treatmentRegionCode,
                QueryParams.enumValue(OutOfAreaSituation.class, "situation", situation),
                QueryParams.date("date", date)), OutOfAreaGuideAnswer::of);
    }

    @GET
    @Path("guides")
    @Operation(operationId = "listGuides", summary = "Procedures of one type for a region", description = "参保登记 (ENROLMENT), 办理社保卡 "
            + "(SOCIAL_SECURITY_CARD), 医保电子凭证 (MEDICAL_E_VOUCHER), 备案 (OUT_OF_AREA_FILING), 零星报销 "
            + "(MANUAL_REIMBURSEMENT), 转移接续 (RELATION_TRANSFER), older combined card guides "
            + "(MEDICAL_CARD_APPLICATION); each variant from the nearest guide that documents it, saying REGIONAL or "
            + "NATIONAL, every item cited.")
    public RestResponse<Answer<GuideListAnswer>> procedures(
            @Parameter(description = "The region (GB/T 2260)", required = true, example = "440106")
            @QueryParam("regionCode") @Pattern(regexp = Region.CODE_PATTERN) String regionCode,
            @Parameter(description = "The type of procedure", required = true, example = "ENROLMENT",
                    schema = @Schema(implementation = ProcedureType.class)) @QueryParam("procedure") String procedure,
            @Parameter(description = "YYYY-MM-DD; today when absent", example = "2026-11-30", schema = @Schema(
                    implementation = LocalDate.class)) @QueryParam("date") String date) {
        return Answers.respond(guides.procedures(regionCode,
                QueryParams.enumValue(ProcedureType.class, "procedure", procedure), QueryParams.date("date", date)),
                GuideListAnswer::of);
    }
}
