package org.shebao.calcservice.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shebao.calcservice.api.EligibilityAnswer;
import org.shebao.calcservice.api.PersonalAccountAnswer;
import org.shebao.calcservice.api.ReimbursementAnswer;
import org.shebao.calcservice.api.ReimbursementQuery;
import org.shebao.calcservice.api.ResidentQuoteAnswer;
import org.shebao.calcservice.api.ResidentQuoteQuery;
import org.shebao.calcservice.calc.medical.Gender;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityRequest;
import org.shebao.calcservice.service.MedicalService;
import org.shebao.contract.Region;
import org.shebao.contract.payload.MemberStatus;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Medical insurance", description = "医保: reimbursement incl. 异地就医, resident fees, lifetime eligibility, "
        + "personal-account crediting")
public class MedicalResource {

    @Inject
    MedicalService medical;

    @POST
    @Path("medical/reimbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reimbursement of a visit", description = "起付线, 支付比例 by band (per admission or 年度累计), "
            + "年度最高支付限额, 职工大额医疗费用补助 and 大病保险 of the insured region, with each band applied in "
            + "`segments`. `scope` says whether the care is local (same 统筹区), 省内 or 跨省: 省内 care follows the "
            + "insured province's 省内 rule, 跨省 care the filing type's reduction within the national maximum "
            + "(emergency counts as filed); an unknown rule leaves the payments null. `nextSteps` say what to file, "
            + "with which materials and where.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "referral",
            value = RequestExamples.REIMBURSEMENT)))
    public Response reimburse(@Valid @NotNull ReimbursementQuery query, @QueryParam("explain") boolean explain) {
        return Answers.respond(medical.reimburse(query, explain),
                r -> ReimbursementAnswer.of(query, r.date(), r.insuredPoolingAreaCode(), r.treatmentPoolingAreaCode(),
                        r.figures()));
    }

    @POST
    @Path("resident-medical/quote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "城乡居民医保 fees and waiting period", description = "Fees per category for the coverage year "
            + "and the waiting period (固定 + 变动待遇等待期) for late or broken enrolment.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "fuyang",
            value = RequestExamples.RESIDENT_QUOTE)))
    public Response quote(@Valid @NotNull ResidentQuoteQuery query, @QueryParam("explain") boolean explain) {
        return Answers.respond(medical.quote(query, explain), r -> ResidentQuoteAnswer.of(query, r));
    }

    @GET
    @Path("medical/eligibility")
    @Operation(summary = "Lifetime medical benefits at retirement", description = "Whether the contribution years "
            + "required for 退休后享受职工医保待遇 are reached, and the gap in months.")
    public Response eligibility(
            @QueryParam("regionCode") @NotNull @Pattern(regexp = Region.CODE_PATTERN) String regionCode,
            @Parameter(description = "MALE or FEMALE") @QueryParam("gender") String gender,
            @QueryParam("cumulativeMonths") String cumulativeMonths,
            @QueryParam("localMonths") String localMonths,
            @Parameter(description = "YYYY-MM; this month when absent") @QueryParam("retirementMonth")
            String retirementMonth,
            @QueryParam("explain") boolean explain) {
        LifetimeEligibilityRequest request = new LifetimeEligibilityRequest(
                QueryParams.enumValue(Gender.class, "gender", gender),
                QueryParams.integer("cumulativeMonths", cumulativeMonths),
                QueryParams.integer("localMonths", localMonths),
                QueryParams.yearMonth("retirementMonth", retirementMonth));
        return Answers.respond(medical.eligibility(regionCode, request, explain),
                r -> EligibilityAnswer.of(regionCode, r));
    }

    @GET
    @Path("medical/personal-account")
    @Operation(summary = "医保个人账户 monthly crediting", description = "In service: the employee's share of the "
            + "contribution base credited each month (CONTRIBUTION personalAccounts.medicalRate × base); retired: the "
            + "region's fixed monthly amount. Unknown where the region's figure is not published.")
    public Response personalAccount(
            @QueryParam("regionCode") @NotNull @Pattern(regexp = Region.CODE_PATTERN) String regionCode,
            @Parameter(description = "IN_SERVICE or RETIRED") @QueryParam("memberStatus") String memberStatus,
            @Parameter(description = "the medical contribution base (缴费基数), 元/月; required in service")
            @QueryParam("base") String base,
            @QueryParam("explain") boolean explain) {
        return Answers.respond(medical.personalAccount(regionCode,
                QueryParams.enumValue(MemberStatus.class, "memberStatus", memberStatus),
                QueryParams.decimal("base", base), explain), r -> PersonalAccountAnswer.of(regionCode, r));
    }
}
