package org.shebao.contract.payload;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Rate;

/**
 * What share of the base is credited to the personal accounts each month.
 *
 * @param pensionRate 养老保险个人账户记账比例 (8 % for employees since 2006)
 * @param medicalRate 职工医保个人账户计入比例 (about 2 % of the base under 国办发〔2021〕14号); null where not published
 */
@Schema(description = "Personal-account crediting rates")
public record PersonalAccountRule(
        @Rate @Schema(examples = "0.08") BigDecimal pensionRate,
        @Rate @Schema(examples = "0.02") BigDecimal medicalRate) {
}
