package org.shebao.calcservice.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.medical.ResidentQuoteRequest;
import org.shebao.contract.Region;
import org.shebao.contract.payload.ResidentMedicalPolicy;

/**
 * 城乡居民医保 for a household: fees for a coverage year and the waiting period before benefits.
 *
 * @param brokenYears   years of broken coverage before this enrolment
 * @param repairedYears of those, years paid afterwards to repair the break
 * @param schemeSwitch  a switch from 职工医保; when neither it, nor enrolledInWindow, nor brokenYears is given, the
 *                      answer lists the waiting period of each case
 */
@Schema(description = "Resident medical insurance quote request")
public record ResidentQuoteQuery(
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "341200") String regionCode,
        @Schema(examples = "2025", required = true) Integer coverageYear,
        @Schema(required = true) List<ResidentQuoteRequest.@NotNull Member> members,
        @Schema(examples = "false") Boolean enrolledInWindow,
        @Schema(examples = "2") Integer brokenYears,
        @Schema(examples = "0") Integer repairedYears,
        @Schema(examples = "false") Boolean newborn,
        @Schema(description = "A switch from 职工医保: continuous years before it and the months of gap")
        ResidentQuoteRequest.SchemeSwitch schemeSwitch,
        @Valid ResidentMedicalPolicy policyOverride) {

    public ResidentQuoteRequest toRequest() {
        return new ResidentQuoteRequest(coverageYear, members, enrolledInWindow, brokenYears, repairedYears, newborn,
                schemeSwitch);
    }
}
