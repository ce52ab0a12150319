package org.shebao.calcservice.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.retirement.CategoryResolution;
import org.shebao.contract.payload.Gender;
import org.shebao.contract.payload.JobPosition;

/**
 * How the retirement category was found from gender and post: the rule applied and the policy version that states it
 * (the national {@code categoryByPosition}, or the region's {@code flexibleFemaleCategory} for 灵活就业).
 *
 * @param policy the citing label of that version, e.g. {@code 100000/PENSION v2}; it is also in {@code policies[]}
 */
@Schema(description = "Retirement category mapped from gender and position")
public record CategoryMapping(Gender gender, JobPosition position,
        @Schema(examples = "FEMALE + MANAGEMENT_OR_TECHNICAL → FEMALE_55") String rule,
        @Schema(examples = "100000/PENSION v2") String policy) {

    /** Null when the caller gave the category itself. */
    static CategoryMapping of(CategoryResolution.Resolved resolved) {
        return resolved.rule() == null ? null : new CategoryMapping(resolved.gender(), resolved.position(),
                resolved.rule(), resolved.policy().label());
    }
}
