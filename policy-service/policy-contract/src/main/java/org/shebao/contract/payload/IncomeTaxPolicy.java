package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * INCOME_TAX: 个人所得税 on wages (工资薪金, 综合所得), national. What 累计预扣法 withholding and the 年度汇算 need: the
 * 基本减除费用, both rate tables, the 专项附加扣除 amounts, the caps of other deductions and how long a 全年一次性奖金 may
 * still be taxed on its own.
 *
 * @param monthlyBasicDeduction        基本减除费用 per month employed (5,000 元)
 * @param annualBrackets               综合所得税率表 (annual amounts), used for cumulative withholding and the 年度汇算
 * @param monthlyBrackets              按月换算后的综合所得税率表, used for a 全年一次性奖金 taxed on its own
 * @param privatePensionAnnualCap      个人养老金 deductible per year
 * @param enterpriseAnnuityRateCap     企业年金/职业年金 personal contributions deductible up to this share of the base;
 *                                     null when not published (a deduction then cannot be checked)
 * @param bonusSeparateTaxationUntil   last day a 全年一次性奖金 may be taxed separately; null when it may not
 */
@Consistent
@Schema(description = "INCOME_TAX payload: 个人所得税 tables, deductions and caps for wages")
public record IncomeTaxPolicy(
        @NotNull @Positive @Schema(examples = "5000") BigDecimal monthlyBasicDeduction,
        @NotEmpty List<@NotNull @Valid Bracket> annualBrackets,
        @NotEmpty List<@NotNull @Valid Bracket> monthlyBrackets,
        @NotNull @Valid SpecialDeductions specialDeductions,
        @NotNull @PositiveOrZero @Schema(examples = "12000") BigDecimal privatePensionAnnualCap,
        @Rate @Schema(examples = "0.04") BigDecimal enterpriseAnnuityRateCap,
        @Schema(examples = "2027-12-31") LocalDate bonusSeparateTaxationUntil) implements PolicyPayload,
        ConsistencyChecked {

    /**
     * One row of a rate table: {@code rate} on the whole taxable amount above {@code from}, less the 速算扣除数.
     *
     * @param from           the row applies to taxable amounts above this (exclusive), up to the next row's
     * @param quickDeduction 速算扣除数 as the table publishes it
     */
    @Schema(description = "A row of a tax table: taxable amounts above `from` pay `rate` less `quickDeduction`")
    public record Bracket(
            @NotNull @PositiveOrZero @Schema(examples = "36000") BigDecimal from,
            @NotNull @Rate @Schema(examples = "0.10") BigDecimal rate,
            @NotNull @PositiveOrZero @Schema(examples = "2520") BigDecimal quickDeduction) {
    }

    /** 城市规模 for the 住房租金 deduction. */
    public enum CityTier {
        /** 直辖市、省会（首府）城市、计划单列市 and cities the State Council names */
        TIER_1,
        /** 市辖区户籍人口超过100万的城市 */
        TIER_2,
        /** 市辖区户籍人口不超过100万的城市 */
        TIER_3
    }

    /**
     * 专项附加扣除 per month (continuing education by certificate: per year). Sharing rules (50 %/100 % per child, the
     * elderly-support share) are the law's and applied by the calculator on these amounts.
     */
    @Schema(description = "专项附加扣除 amounts")
    public record SpecialDeductions(
            @NotNull @PositiveOrZero @Schema(examples = "2000") BigDecimal infantCarePerChild,
            @NotNull @PositiveOrZero @Schema(examples = "2000") BigDecimal childEducationPerChild,
            @NotNull @PositiveOrZero @Schema(examples = "400") BigDecimal continuingEducationDegree,
            @NotNull @PositiveOrZero @Schema(examples = "3600") BigDecimal continuingEducationCertificateAnnual,
            @NotNull @PositiveOrZero @Schema(examples = "1000") BigDecimal housingLoanInterest,
            @NotEmpty Map<CityTier, @NotNull @PositiveOrZero BigDecimal> housingRent,
            @NotNull @PositiveOrZero @Schema(examples = "3000") BigDecimal elderlySupportOnlyChild,
            @NotNull @PositiveOrZero @Schema(examples = "1500") BigDecimal elderlySupportSharedMaxPerPerson) {
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        checkBrackets(annualBrackets, "annualBrackets", found);
        checkBrackets(monthlyBrackets, "monthlyBrackets", found);
    }

    /** A table starts at 0 and rises strictly in both its thresholds and its rates. */
    private static void checkBrackets(List<Bracket> brackets, String field, Inconsistencies found) {
        if (brackets == null || brackets.isEmpty() || brackets.stream().anyMatch(b -> b == null || b.from() == null
                || b.rate() == null)) {
            return;
        }
        found.require(brackets.get(0).from().signum() == 0, field + "[0].from", "the first row must start at 0");
        for (int i = 1; i < brackets.size(); i++) {
            found.require(brackets.get(i).from().compareTo(brackets.get(i - 1).from()) > 0, field + "[" + i + "].from",
                    "must be greater than the previous row's from");
            found.require(brackets.get(i).rate().compareTo(brackets.get(i - 1).rate()) > 0, field + "[" + i + "].rate",
                    "must be greater than the previous row's rate");
        }
    }
}
