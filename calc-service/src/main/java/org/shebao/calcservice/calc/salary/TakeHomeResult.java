package org.shebao.calcservice.calc.salary;

import java.math.BigDecimal;
import java.util.List;

/**
 * 到手工资 for a tax year: per month what is deducted and withheld, the year's totals, the 年度汇算 and, for a 全年一次性奖金,
 * the tax under each method. A figure that depends on an unknown contribution is null.
 */
public record TakeHomeResult(List<Month> months, Annual annual, Bonus bonus) {

    /**
     * @param specialDeductions         专项附加扣除 of the month
     * @param otherDeductions           企业年金 and 个人养老金 of the month
     * @param cumulativeTaxableIncome   累计预扣预缴应纳税所得额 up to this month (may be negative)
     * @param cumulativeTax             tax due on it by the annual table (never negative)
     * @param taxWithheld               this month's withholding: cumulative tax less what was withheld before, never
     *                                  negative
     * @param netPay                    gross − contributions − housing fund − 企业年金 − tax withheld
     */
    public record Month(int month, BigDecimal gross, BigDecimal employeeSocialInsurance, BigDecimal housingFund,
            BigDecimal basicDeduction, BigDecimal specialDeductions, BigDecimal otherDeductions,
            BigDecimal cumulativeTaxableIncome, BigDecimal cumulativeTax, BigDecimal taxWithheld, BigDecimal netPay) {
    }

    /**
     * @param taxableIncome 综合所得应纳税所得额 of the year (0 when deductions exceed income)
     * @param annualTax     the year's tax by the annual table
     * @param settlement    年度汇算: tax withheld − annual tax; positive is refunded (退税), negative is owed (补税)
     */
    public record Annual(BigDecimal gross, BigDecimal employeeSocialInsurance, BigDecimal housingFund,
            BigDecimal taxableIncome, BigDecimal taxWithheld, BigDecimal annualTax, BigDecimal settlement,
            BigDecimal netPay) {
    }

    /** 全年一次性奖金 taxed on its own (单独计税, while the policy allows it) or with the year's wages (并入综合所得). */
    public enum BonusMethod {
        SEPARATE,
        COMBINED
    }

    /**
     * @param separateTax null when separate taxation is no longer allowed for the tax year
     * @param combinedTax the increase of the year's tax when the bonus is added to it
     * @param lower       the method with the lower tax (SEPARATE on a tie: it is settled at payment)
     */
    public record Bonus(BigDecimal amount, BigDecimal separateTax, BigDecimal combinedTax, BonusMethod lower) {
    }
}
