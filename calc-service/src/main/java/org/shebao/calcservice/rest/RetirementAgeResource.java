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
            @Parameter(description = "MALE, FEMALE_55 (原55岁) or FEMALE_50 (原50岁)", example = "MALE")
            @QueryParam("category") String category,
            @QueryParam("explain") boolean explain) {
        YearMonth birth = QueryParams.yearMonth("birthMonth", birthMonth);
        RetirementCategory kind = QueryParams.enumValue(RetirementCategory.class, "category", category);
        return Answers.respond(retirement.retirementAge(birth, kind, explain),
                r -> RetirementAgeAnswer.of(birth, kind, r));
    }
}
