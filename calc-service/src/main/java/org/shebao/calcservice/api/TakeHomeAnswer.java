package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.contribution.ContributionResult;
import org.shebao.calcservice.calc.salary.TakeHomeResult;
import org.shebao.contract.payload.InsuranceType;

/**
 * 到手工资 for a tax year: per month the employee's contributions, 住房公积金, the 累计预扣法 withholding and net pay; the
 * year's totals and 年度汇算; the tax of a 全年一次性奖金 under each method. Null figures are unknown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Take-home pay answer (到手工资)")
public record TakeHomeAnswer(String regionCode, int taxYear, List<Month> months, Annual annual, Bonus bonus) {

    /** One employee line of a month's bill (lines the employee pays nothing on are left out); null amount: unknown. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TakeHomeContribution")
    public record Contribution(InsuranceType insurance, String label, BigDecimal base, BigDecimal rate,
            BigDecimal amount) {
    }

    /**
     * @param provisional             the month's contributions rest on last year's figures (暂按上年度): the new
     *                                figures are not published yet and a 补差 may follow
     * @param contributionBase        the wage the month's contributions were computed on
     * @param employeeSocialInsurance the employee's 五险 (sum of {@code contributions})
     * @param housingFund             the employee's 住房公积金 (0 when no rates were given)
     * @param cumulativeTaxableIncome 累计预扣预缴应纳税所得额 up to this month
     * @param taxWithheld             this month's 预扣预缴税额 (累计预扣法, never negative)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TakeHomeMonth")
    public record Month(int month, boolean provisional, BigDecimal gross, BigDecimal contributionBase, List<Contribution> contributions,
            BigDecimal employeeSocialInsurance, BigDecimal housingFund, BigDecimal basicDeduction,
            BigDecimal specialDeductions, BigDecimal otherDeductions, BigDecimal cumulativeTaxableIncome,
            BigDecimal cumulativeTax, BigDecimal taxWithheld, BigDecimal netPay) {
    }

    /**
     * @param settlement 年度汇算: tax withheld − annual tax; positive is refunded (退税), negative owed (补税)
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TakeHomeAnnual")
    public record Annual(BigDecimal gross, BigDecimal employeeSocialInsurance, BigDecimal housingFund,
            BigDecimal taxableIncome, BigDecimal taxWithheld, BigDecimal annualTax, BigDecimal settlement,
            BigDecimal netPay) {
    }

    /**
     * @param separateTax null when separate taxation (单独计税) is no longer allowed for the tax year
     * @param combinedTax the increase of the year's tax when the bonus is added to the wages (并入综合所得)
     * @param lower       SEPARATE or COMBINED, whichever taxes less
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TakeHomeBonus")
    public record Bonus(BigDecimal amount, BigDecimal separateTax, BigDecimal combinedTax,
            TakeHomeResult.BonusMethod lower) {
    }

    /**
     * {@code bills} holds the contribution bill of each month of {@code result} and {@code provisional} whether it is
     * provisional, in the same order.
     */
    public static TakeHomeAnswer of(TakeHomeQuery query, List<ContributionResult> bills, List<Boolean> provisional,
            TakeHomeResult result) {
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < result.months().size(); i++) {
            TakeHomeResult.Month m = result.months().get(i);
            ContributionResult bill = bills.get(i);
            months.add(new Month(m.month(), provisional.get(i), m.gross(), query.contributionBase() != null ? query.contributionBase()
                    : m.gross(), bill.lines().stream().filter(l -> l.employeeAmount() == null || l.employeeAmount().signum() != 0)
                            .map(l -> new Contribution(l.insurance(), l.label(), l.base(), l.employeeRate(),
                                    l.employeeAmount()))
                            .toList(),
                    m.employeeSocialInsurance(), m.housingFund(), m.basicDeduction(), m.specialDeductions(),
                    m.otherDeductions(), m.cumulativeTaxableIncome(), m.cumulativeTax(), m.taxWithheld(),
                    m.netPay()));
        }
        TakeHomeResult.Annual a = result.annual();
        TakeHomeResult.Bonus b = result.bonus();
        return new TakeHomeAnswer(query.regionCode(), query.taxYear(), List.copyOf(months),
                new Annual(a.gross(), a.employeeSocialInsurance(), a.housingFund(), a.taxableIncome(),
                        a.taxWithheld(), a.annualTax(), a.settlement(), a.netPay()),
                b == null ? null : new Bonus(b.amount(), b.separateTax(), b.combinedTax(), b.lower()));
    }
}
