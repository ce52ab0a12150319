package org.shebao.contract.payload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 住房公积金: its own base bounds and the range of rates employers and employees may choose (5 %–12 % by national rule),
 * and often its own rounding (上海 rounds it to the 元).
 */
@Schema(description = "Housing provident fund (住房公积金) rule")
public record HousingFundRule(
        @NotNull @Valid BaseRange base,
        @NotNull @Valid RateRange employerRate,
        @NotNull @Valid RateRange employeeRate,
        @Valid Rounding rounding) {
}
