package org.shebao.calcservice.rest;

import java.time.YearMonth;

import jakarta.inject.Inject;
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
import org.shebao.calcservice.api.RetirementAgeAnswer;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.calcservice.service.RetirementService;
import org.shebao.contract.payload.Gender;
import org.shebao.contract.payload.JobPosition;

@Path("/api/v1/retirement-age")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retirement", description = "法定退休年龄 under the 2025 reform")
public class RetirementAgeResource {

    @Inject
    RetirementService retirement;

    @GET
    @Operation(operationId = "getRetirementAge", summary = "Statutory retirement age and month", description = "渐进式延迟法定退休年龄 (NPC decision of "
            + "2024-09-13): delay, statutory age and month, minimum contribution years, flexible window.")
    public RestResponse<Answer<RetirementAgeAnswer>> retirementAge(
            @Parameter(description = "YYYY-MM", required = true, example = "1965-05", schema = @Schema(
                    implementation = YearMonth.class)) @QueryParam("birthMonth") String birthMonth,
            @Parameter(description = "MALE, FEMALE_55 (原55岁) or FEMALE_50 (原50岁); or instead gender and position",
                    example = "MALE", schema = @Schema(implementation = RetirementCategory.class))
            @QueryParam("category") String category,
            @Parameter(description = "MALE or FEMALE, with position instead of category", example = "MALE",
                    schema = @Schema(implementation = Gender.class)) @QueryParam("gender") String gender,
            @Parameter(description = "MANAGEMENT_OR_TECHNICAL (管理/专业技术岗位), PRODUCTION (生产/工勤岗位) or FLEXIBLE "
                    + "(灵活就业), with gender instead of category", example = "PRODUCTION",
                    schema = @Schema(implementation = JobPosition.class)) @QueryParam("position") String position,
            @Parameter(description = "the region whose rule applies to a woman in 灵活就业; optional", example = "440100")
            @QueryParam("regionCode") String regionCode,
            @Parameter(description = "Add the trace of every step", example = "false")
            @QueryParam("explain") boolean explain) {
        YearMonth birth = QueryParams.yearMonth("birthMonth", birthMonth);
        RetirementCategory kind = QueryParams.enumValue(RetirementCategory.class, "category", category);
        Gender sex = QueryParams.enumValue(Gender.class, "gender", gender);
        JobPosition post = QueryParams.enumValue(JobPosition.class, "position", position);
        return Answers.respond(retirement.retirementAge(birth, kind, sex, post, regionCode, explain),
                r -> RetirementAgeAnswer.of(birth, r.category(), r.age()));
    }
}
