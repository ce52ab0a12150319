package org.shebao.contract.payload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * HOUSING_FUND: 住房公积金 of a city, set by its 住房公积金管理委员会 with its own year, hence a policy kind of its own. Its
 * base bounds, the range of rates employers and employees may choose (5 %–12 % by national rule; no default is
 * published, so the caller chooses), and often its own rounding (上海 and 北京 round to the 元).
 *
 * @param rounding null when the policy states none: to the 分, half up, per line
 */
@Schema(description = "HOUSING_FUND payload: housing provident fund (住房公积金) base bounds, rate ranges and rounding")
public record HousingFundRule(
        @NotNull @Valid BaseRange base,
        @NotNull @Valid RateRange employerRate,
        @NotNull @Valid RateRange employeeRate,
        @Valid Rounding rounding) implements PolicyPayload {
}
