package org.shebao.contract.payload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 待遇等待期 for those who enrol outside the window or after a break (国办发〔2024〕38号): a fixed part, a variable part
 * per broken year reduced per repaired year, a floor after a long break, and an optional local cap.
 *
 * @param fixedMonths                  固定待遇等待期 (3)
 * @param monthsPerBrokenYear          变动待遇等待期 added per year of broken coverage (1)
 * @param monthsRemovedPerRepairedYear removed per year paid to repair the break (1)
 * @param longBreakFloor               minimum total after a long break (from 2025: 4+ years → at least 6 months)
 * @param maximumMonths                local cap on the total; null where none is published
 */
@Schema(description = "Waiting-period rule (待遇等待期)")
public record WaitingPeriodRule(
        @NotNull @PositiveOrZero @Schema(examples = "3") Integer fixedMonths,
        @NotNull @PositiveOrZero @Schema(examples = "1") Integer monthsPerBrokenYear,
        @NotNull @PositiveOrZero @Schema(examples = "1") Integer monthsRemovedPerRepairedYear,
        @Valid LongBreakFloor longBreakFloor,
        @PositiveOrZero Integer maximumMonths,
        @Schema(description = "Newborns enrolled within the rules wait nothing") boolean newbornExempt) {

    /** After {@code brokenYearsAtLeast} years of broken coverage the waiting period is at least {@code minimumMonths}. */
    public record LongBreakFloor(
            @NotNull @PositiveOrZero @Schema(examples = "4") Integer brokenYearsAtLeast,
            @NotNull @PositiveOrZero @Schema(examples = "6") Integer minimumMonths) {
    }
}
