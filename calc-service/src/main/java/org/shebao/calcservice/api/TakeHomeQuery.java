package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.salary.TakeHomeRequest;
import org.shebao.contract.Region;
import org.shebao.contract.payload.IncomeTaxPolicy.CityTier;

/**
 * 到手工资 for a tax year: wages from {@code firstMonth} to December, as one monthly figure or one per month.
 *
 * @param firstMonth       the first month employed in {@code taxYear}; 基本减除费用 counts from it
 * @param monthlyGross     税前工资, the same every month; exclusive with {@code grossByMonth}
 * @param grossByMonth     税前工资 per month from {@code firstMonth} to December; exclusive with {@code monthlyGross}
 * @param contributionBase the wage contributions are computed on (本人上年度月平均工资); each month's gross when absent
 */
@Schema(description = "Take-home pay request (到手工资)")
public record TakeHomeQuery(
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "110000") String regionCode,
        @NotNull @Schema(examples = "2026") Integer taxYear,
        @NotNull @Min(1) @Max(12) @Schema(examples = "1") Integer firstMonth,
        @Schema(description = "税前工资 per month, the same every month (or grossByMonth)", examples = "20000")
        BigDecimal monthlyGross,
        @Schema(description = "税前工资 per month from firstMonth to December (or monthlyGross)")
        List<@NotNull BigDecimal> grossByMonth,
        @Schema(description = "The wage contributions are computed on; each month's gross when absent",
                examples = "20000")
        BigDecimal contributionBase,
        @Schema(description = "The employee's 公积金 rate within the region's range (no default); with the employer's, "
                + "adds 住房公积金", examples = "0.12")
        BigDecimal housingFundEmployeeRate,
        @Schema(description = "The employer's 公积金 rate within the region's range", examples = "0.12")
        BigDecimal housingFundEmployerRate,
        @Valid SpecialDeductions specialDeductions,
        @Schema(description = "个人养老金 paid in the year, up to the cap", examples = "12000")
        BigDecimal privatePensionAnnual,
        @Schema(description = "企业年金/职业年金 personal contribution per month, within its cap")
        BigDecimal enterpriseAnnuityMonthly,
        @Schema(description = "全年一次性奖金; the answer gives the tax under each method", examples = "30000")
        BigDecimal annualBonus) {

    /**
     * 专项附加扣除 as declared.
     *
     * @param infantCareShares      per child under 3 (3岁以下婴幼儿照护): 1 (one parent takes all) or 0.5
     * @param childEducationShares  per child in education (子女教育): 1 or 0.5
     * @param housingLoanShare      住房贷款利息: 1 or 0.5; exclusive with {@code housingRentTier}
     * @param housingRentTier       住房租金 by the work city's tier; exclusive with {@code housingLoanShare}
     * @param elderlySupportMonthly 赡养老人 share when not an only child, up to the per-person maximum
     */
    @Schema(description = "专项附加扣除 claimed")
    public record SpecialDeductions(
            List<@NotNull BigDecimal> infantCareShares,
            List<@NotNull BigDecimal> childEducationShares,
            @Schema(description = "学历（学位）继续教育 this year") Boolean continuingEducationDegree,
            @Schema(description = "职业资格 certificate obtained this year") Boolean certificateThisYear,
            @Schema(description = "住房贷款利息: 1 or 0.5; exclusive with housingRentTier (both is a 400 naming the two)",
                    examples = "1") BigDecimal housingLoanShare,
            @Schema(description = "住房租金 by the work city's tier; exclusive with housingLoanShare")
            CityTier housingRentTier,
            @Schema(description = "赡养老人 as an only child") Boolean elderlySupportOnlyChild,
            BigDecimal elderlySupportMonthly) {

        public TakeHomeRequest.SpecialDeductionClaims toClaims() {
            return new TakeHomeRequest.SpecialDeductionClaims(infantCareShares == null ? List.of() : infantCareShares,
                    childEducationShares == null ? List.of() : childEducationShares,
                    Boolean.TRUE.equals(continuingEducationDegree), Boolean.TRUE.equals(certificateThisYear),
                    housingLoanShare, housingRentTier, Boolean.TRUE.equals(elderlySupportOnlyChild),
                    elderlySupportMonthly);
        }
    }
}
