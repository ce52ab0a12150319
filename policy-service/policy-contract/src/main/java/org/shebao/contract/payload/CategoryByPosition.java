package org.shebao.contract.payload;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of the mapping from gender and post to the retirement group (原法定退休年龄).
 *
 * @param position the post; null = any post (men)
 */
@Schema(description = "Retirement group by gender and post")
public record CategoryByPosition(
        @NotNull @Schema(examples = "FEMALE") Gender gender,
        @Schema(examples = "MANAGEMENT_OR_TECHNICAL") JobPosition position,
        @NotNull @Schema(examples = "FEMALE_55") RetirementGroup category) {

    public boolean matches(Gender gender, JobPosition position) {
        return this.gender == gender && (this.position == null || this.position == position);
    }
}
