package org.shebao.contract.payload;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.Region;

/**
 * CONTRIBUTION: 缴费基数 bounds, 费率 and fixed amounts per participant type, and the rounding the region applies.
 *
 * @param cityBand where a province's figures are those of one city or tier (湖北 一档: 武汉、省直), that city; other
 *                 cities of the province may have lower bounds, and answers for them say so. null = province-wide
 */
@Schema(description = "CONTRIBUTION payload: schedules per participant type and the rounding rule")
public record ContributionPolicy(
        @NotEmpty Map<@NotNull ParticipantType, @NotNull @Valid ContributionSchedule> participants,
        @NotNull @Valid Rounding rounding,
        @Valid CityBand cityBand) implements PolicyPayload {

    public ContributionPolicy {
        participants = Ordered.byKey(participants);
    }

    /** Province-wide figures. */
    public ContributionPolicy(Map<ParticipantType, ContributionSchedule> participants, Rounding rounding) {
        this(participants, rounding, null);
    }

    /**
     * The city whose band a province's figures are.
     *
     * @param label the band as the source names it (一档：武汉市、省直)
     */
    @Schema(description = "The city (or tier) whose figures a province-level version holds")
    public record CityBand(
            @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
            @Schema(examples = "420100") String regionCode,
            @NotBlank @Size(max = 100) @Schema(examples = "一档（武汉市、省直）") String label) {

        /** Whether a region (by its GB/T 2260 code) lies in this city: the city itself or one of its counties. */
        public boolean covers(String code) {
            return code.startsWith(regionCode.substring(0, 4));
        }
    }
}
