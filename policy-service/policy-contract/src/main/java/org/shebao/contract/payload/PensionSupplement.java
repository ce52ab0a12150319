package org.shebao.contract.payload;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A local addition to the pension: a fixed monthly amount, an amount per contribution year, or both (广东 +100元 and
 * 4元 × 年限; 浙江 基本养老金补贴 150元).
 */
@Schema(description = "A local pension supplement")
public record PensionSupplement(
        @NotBlank @Size(max = 100) String label,
        @PositiveOrZero BigDecimal fixedAmount,
        @PositiveOrZero BigDecimal amountPerContributionYear,
        @Size(max = 500) String note) {
}
