package org.shebao.contract.payload;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 参保连续性: who enrols without a 待遇等待期 although not enrolled in the window (国办发〔2024〕38号;
 * 医保办发〔2021〕43号 for the transfer between schemes).
 *
 * @param switchWithoutWaitingMonths a person with at least {@code minimumContinuousYears} of continuous cover who
 *                                   switches between 职工医保 and 居民医保 within this many months waits nothing
 * @param minimumContinuousYears     the continuous cover that qualifies for the switch
 * @param employeeGapGraceMonths     an employee whose 职工医保 lapsed no longer than this and who pays the gap late
 *                                   waits nothing; null where unknown
 * @param source                     where the wording of these rules was seen
 */
@Schema(description = "Continuity rules: switches between schemes and short gaps without waiting period")
public record ContinuityRule(
        @NotNull @PositiveOrZero @Schema(examples = "3") Integer switchWithoutWaitingMonths,
        @NotNull @PositiveOrZero @Schema(examples = "2") Integer minimumContinuousYears,
        @PositiveOrZero @Schema(examples = "3") Integer employeeGapGraceMonths,
        @Size(max = 1000) String source) {
}
