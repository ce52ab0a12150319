package org.shebao.calcservice.rest;

import java.time.YearMonth;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Operation(summary = "Statutory retirement age and month", description = "渐进式延迟法定退休年龄 (NPC decision of "
            + "2024-09-13): delay, statutory age and month, minimum contribution years, flexible window.")
    public Response retirementAge(
            @Parameter(description = "YYYY-MM", example = "1965-05") @QueryParam("birthMonth") String birthMonth,
            @Parameter(description = "MALE, FEMALE_55 (原55岁) or FEMALE_50 (原50岁); or give gender and position",
                    example = "MALE") @QueryParam("category") String category,
            @Parameter(description = "MALE or FEMALE, with position instead of category") @QueryParam("gender")
            String gender,
            @Parameter(description = "MANAGEMENT_OR_TECHNICAL (管理/专业技术岗位), PRODUCTION (生产/工勤岗位) or FLEXIBLE "
                    + "(灵活就业)") @QueryParam("position") String position,
            @Parameter(description = "the region whose rule applies to a woman in 灵活就业; optional", example = "440100")
            @QueryParam("regionCode") String regionCode,
            @QueryParam("explain") boolean explain) {
        YearMonth birth = QueryParams.yearMonth("birthMonth", birthMonth);
        RetirementCategory kind = QueryParams.enumValue(RetirementCategory.class, "category", category);
        Gender sex = QueryParams.enumValue(Gender.class, "gender", gender);
        JobPosition post = QueryParams.enumValue(JobPosition.class, "position", position);
        return Answers.respond(retirement.retirementAge(birth, kind, sex, post, regionCode, explain),
                r -> RetirementAgeAnswer.of(birth, r.category(), r.age()));
    }
}
