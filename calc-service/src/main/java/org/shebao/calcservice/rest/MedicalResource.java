package org.shebao.calcservice.rest;

import java.time.YearMonth;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shebao.calcservice.api.Answer;
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
    @Operation(operationId = "calculateReimbursement", summary = "Reimbursement of a visit", description = "起付线, 支付比例 by band (per admission or 年度累计), "
            + "年度最高支付限额, 职工大额医疗费用补助 and 大病保险 of the insured region, with each band applied in "
            + "`segments`. `scope` says whether the care is local (same 统筹区), 省内 or 跨省: 省内 care follows the "
            + "insured province's 省内 rule, 跨省 care the filing type's reduction within the national maximum "
            + "(emergency counts as filed); an unknown rule leaves the payments null. `nextSteps` say what to file, "
            + "with which materials and where.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "referral",
            value = RequestExamples.REIMBURSEMENT)))
    public RestResponse<Answer<ReimbursementAnswer>> reimburse(@Valid @NotNull ReimbursementQuery query,
            @Parameter(description = "Add the trace of every step", example = "false")
            @QueryParam("explain") boolean explain) {
        return Answers.respond(medical.reimburse(query, explain),
                r -> ReimbursementAnswer.of(query, r.date(), r.insuredPoolingAreaCode(), r.treatmentPoolingAreaCode(),
                        r.figures()));
    }

    @POST
    @Path("resident-medical/quote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "quoteResidentMedical", summary = "城乡居民医保 fees and waiting period", description = "Fees per category for the coverage year "
            + "and the waiting period (固定 + 变动待遇等待期) for late or broken enrolment.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "fuyang",
            value = RequestExamples.RESIDENT_QUOTE)))
    public RestResponse<Answer<ResidentQuoteAnswer>> quote(@Valid @NotNull ResidentQuoteQuery query,
            @Parameter(description = "Add the trace of every step", example = "false")
            @QueryParam("explain") boolean explain) {
        return Answers.respond(medical.quote(query, explain), r -> ResidentQuoteAnswer.of(query, r));
    }

    @GET
    @Path("medical/eligibility")
    @Operation(operationId = "getMedicalEligibility", summary = "Lifetime medical benefits at retirement", description = "Whether the contribution years "
            + "required for 退休后享受职工医保待遇 are reached, and the gap in months.")
    public RestResponse<Answer<EligibilityAnswer>> eligibility(
            @Parameter(description = "参保地 (GB/T 2260)", example = "440100")
            @QueryParam("regionCode") @NotNull @Pattern(regexp = Region.CODE_PATTERN) String regionCode,
            @Parameter(description = "MALE or FEMALE", required = true, example = "MALE", schema = @Schema(
                    implementation = Gender.class)) @QueryParam("gender") String gender,
            @Parameter(description = "Months of 职工医保 contributions in all, 累计缴费月数", required = true,
                    example = "300", schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
            @QueryParam("cumulativeMonths") String cumulativeMonths,
            @Parameter(description = "Of those, months paid in the region (本地实际缴费月数), where its rule counts them",
                    example = "100", schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
            @QueryParam("localMonths") String localMonths,
            @Parameter(description = "YYYY-MM; this month when absent", example = "2031-07",
                    schema = @Schema(implementation = YearMonth.class)) @QueryParam("retirementMonth")
            String retirementMonth,
            @Parameter(description = "Add the trace of every step", example = "false")
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
    @Operation(operationId = "getPersonalAccountCredit", summary = "医保个人账户 monthly crediting", description = "In service: the employee's share of the "
            + "contribution base credited each month (CONTRIBUTION personalAccounts.medicalRate × base); retired: the "
            + "region's fixed monthly amount, by age band where it depends on age (give `age`; without it every band "
            + "is answered in `creditByAge`). Unknown where the region's figure is not published.")
    public RestResponse<Answer<PersonalAccountAnswer>> personalAccount(
            @Parameter(description = "参保地 (GB/T 2260)", example = "110000")
            @QueryParam("regionCode") @NotNull @Pattern(regexp = Region.CODE_PATTERN) String regionCode,
            @Parameter(description = "IN_SERVICE or RETIRED", required = true, example = "IN_SERVICE",
                    schema = @Schema(implementation = MemberStatus.class)) @QueryParam("memberStatus")
            String memberStatus,
            @Parameter(description = "the medical contribution base (缴费基数), 元/月; required in service",
                    example = "10000", schema = @Schema(type = SchemaType.NUMBER)) @QueryParam("base") String base,
            @Parameter(description = "the retiree's age this month (周岁), where the region credits by age",
                    example = "72", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "130"))
            @QueryParam("age") String age,
            @Parameter(description = "Add the trace of every step", example = "false")
            @QueryParam("explain") boolean explain) {
        return Answers.respond(medical.personalAccount(regionCode,
                QueryParams.enumValue(MemberStatus.class, "memberStatus", memberStatus),
                QueryParams.decimal("base", base), QueryParams.integer("age", age), explain),
                r -> PersonalAccountAnswer.of(regionCode, r));
    }
}
