package org.shebao.calcservice.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shebao.calcservice.api.Answer;
import org.shebao.calcservice.api.TakeHomeAnswer;
import org.shebao.calcservice.api.TakeHomeQuery;
import org.shebao.calcservice.service.SalaryService;

@Path("/api/v1/salary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Salary", description = "到手工资: contributions, 住房公积金 and 个人所得税 over a tax year")
public class SalaryResource {

    @Inject
    SalaryService salary;

    @POST
    @Path("take-home")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "calculateTakeHome", summary = "Take-home pay over a tax year (到手工资)", description = "Per month from `firstMonth` to "
            + "December: the employee's contributions under the CONTRIBUTION version of that month (carried forward "
            + "and provisional where none is published yet), 住房公积金 when both rates are given, and the tax withheld "
            + "by the 累计预扣法 under the INCOME_TAX version in force on 1 January; then the year's tax, the 年度汇算 "
            + "difference and, for a 全年一次性奖金, the tax under each method.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "beijing",
            value = RequestExamples.TAKE_HOME)))
    public RestResponse<Answer<TakeHomeAnswer>> takeHome(@Valid @NotNull TakeHomeQuery query,
            @Parameter(description = "Add the trace of every step", example = "false") @QueryParam("explain")
            boolean explain) {
        return Answers.respond(salary.calculate(query, explain), r -> TakeHomeAnswer.of(query, r.bills(),
                r.provisional(), r.result()));
    }
}
