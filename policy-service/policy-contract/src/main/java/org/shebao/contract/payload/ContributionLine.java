package org.shebao.contract.payload;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * One insurance line: base × rate for each side, plus fixed monthly amounts. A null rate means the policy publishes none
 * (the amount is then reported as unknown, with a warning); zero means nothing is due on that side. A line whose rates
 * are all unknown still says that the insurance is due.
 *
 * @param base              this line's own base bounds where they differ from the schedule's (深圳 医疗/失业)
 * @param employerRateRange for lines whose employer rate depends on the employer (工伤 by industry class); the caller
 *                          may give a rate within it, otherwise its default applies
 * @param employerFixed     fixed 元 per month on the employer side
 * @param employeeFixed     fixed 元 per month on the employee side (北京 大额互助 3 元)
 */
@Consistent
@Schema(description = "One insurance line of a contribution schedule")
public record ContributionLine(
        @NotNull InsuranceType insurance,
        @NotBlank @Size(max = 50) @Schema(examples = "养老保险") String label,
        @Valid BaseRange base,
        @Rate @Schema(examples = "0.16") BigDecimal employerRate,
        @Rate @Schema(examples = "0.08") BigDecimal employeeRate,
        @Valid RateRange employerRateRange,
        @PositiveOrZero BigDecimal employerFixed,
        @PositiveOrZero @Schema(examples = "3") BigDecimal employeeFixed,
        @Size(max = 500) String note) implements ConsistencyChecked {

    public boolean hasRates() {
        return employerRateRange != null || isPositive(employerRate) || isPositive(employeeRate);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        found.require(employerRate == null || employerRateRange == null, "employerRate",
                "give either employerRate or employerRateRange, not both");
    }

    private static boolean isPositive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
