package org.shebao.contract.payload;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * CONTRIBUTION: 缴费基数 bounds, 费率 and fixed amounts per participant type, and the rounding the region applies.
 */
@Schema(description = "CONTRIBUTION payload: schedules per participant type and the rounding rule")
public record ContributionPolicy(
        @NotEmpty Map<@NotNull ParticipantType, @NotNull @Valid ContributionSchedule> participants,
        @NotNull @Valid Rounding rounding) implements PolicyPayload {

    public ContributionPolicy {
        participants = Ordered.byKey(participants);
    }
}
