package org.shebao.contract.payload;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 退休后享受职工医保待遇的缴费年限 (社会保险法 第27条 leaves the number to each region).
 *
 * @param minimumLocalYears years actually paid in the region where benefits are drawn, where required (广东 10)
 * @param strictlyMore      true where the rule says "超过" rather than "满" (上海 "累计超过15年")
 */
@Schema(description = "Contribution years needed for medical benefits after retirement")
public record LifetimeEligibilityRule(
        @NotNull @Positive @Schema(examples = "25") BigDecimal maleYears,
        @NotNull @Positive @Schema(examples = "20") BigDecimal femaleYears,
        @PositiveOrZero BigDecimal minimumLocalYears,
        boolean strictlyMore) {
}
