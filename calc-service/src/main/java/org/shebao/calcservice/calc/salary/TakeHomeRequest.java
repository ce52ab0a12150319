package org.shebao.calcservice.calc.salary;

import java.math.BigDecimal;
import java.util.List;

import org.shebao.contract.payload.IncomeTaxPolicy.CityTier;

/**
 * One tax year of wages, with what the payroll deducts before tax.
 *
 * @param taxYear                     the calendar year taxed
 * @param months                      the months employed this year, in order, without gaps (the first is the month
 *                                    employment started; 基本减除费用 counts from it)
 * @param specialDeductions           专项附加扣除 claimed, or null for none
 * @param privatePensionAnnual        个人养老金 paid this year, deducted in equal parts over the months employed
 * @param enterpriseAnnuityMonthly    企业年金/职业年金 personal contribution per month
 * @param annualBonus                 全年一次性奖金, or null
 */
public record TakeHomeRequest(
        int taxYear,
        List<MonthInput> months,
        SpecialDeductionClaims specialDeductions,
        BigDecimal privatePensionAnnual,
        BigDecimal enterpriseAnnuityMonthly,
        BigDecimal annualBonus) {

    /**
     * One month of pay.
     *
     * @param month                   1–12
     * @param gross                   税前工资 of the month
     * @param contributionBase        缴费基数 the contributions of the month were computed on (caps 企业年金)
     * @param employeeSocialInsurance the employee's 五险 of the month; null when unknown (a rate is not published)
     * @param housingFund             the employee's 住房公积金 of the month (0 when none); null when unknown (no rule)
     */
    public record MonthInput(int month, BigDecimal gross, BigDecimal contributionBase,
            BigDecimal employeeSocialInsurance, BigDecimal housingFund) {
    }

    /**
     * 专项附加扣除 as the taxpayer declares them. Per child the share is 0.5 or 1 (parents split 50/50 or one takes 100 %).
     *
     * @param infantCareShares          one share per child under 3 (3岁以下婴幼儿照护)
     * @param childEducationShares      one share per child in education (子女教育)
     * @param continuingEducationDegree in 学历（学位）继续教育 this year (per month, at most 48 months in all)
     * @param certificateThisYear       obtained a 职业资格 certificate this year (one annual amount)
     * @param housingLoanShare          住房贷款利息: 1 (one spouse takes it all) or 0.5; null when not claimed
     * @param housingRentTier           住房租金 by the work city's tier; null when not claimed; excludes the loan
     * @param elderlySupportOnlyChild   赡养老人 as an only child (the full amount)
     * @param elderlySupportMonthly     赡养老人 share of a sibling (not an only child), up to the per-person maximum
     */
    public record SpecialDeductionClaims(
            List<BigDecimal> infantCareShares,
            List<BigDecimal> childEducationShares,
            boolean continuingEducationDegree,
            boolean certificateThisYear,
            BigDecimal housingLoanShare,
            CityTier housingRentTier,
            boolean elderlySupportOnlyChild,
            BigDecimal elderlySupportMonthly) {
    }
}
