package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.shebao.calcservice.calc.pension.PensionRequest.Overrides;
import org.shebao.calcservice.calc.retirement.RetirementCategory;

/**
 * What a pension projection starts from: today's situation and the assumptions about the years until retirement. The
 * month "today" is an argument of {@link PensionProjectionCalculator#project}, never read from a clock.
 *
 * @param currentWage           today's monthly wage, &gt; 0; credited within the base bounds
 * @param averageIndex          本人平均缴费工资指数, assumed to stay as it is until retirement
 * @param currentBalance        个人账户储存额 today
 * @param contributionYears     缴费年限 so far, including 视同缴费年限 (0 for a newcomer)
 * @param deemedYears           视同缴费年限, part of contributionYears; 0 when absent
 * @param transitionalIndex     过渡性指数 where the region uses its own; defaults to averageIndex
 * @param annualWageGrowth      yearly growth of the wage, as a decimal (0.03)
 * @param annualAccountInterest 个人账户记账利率 per year, as a decimal (0.025)
 * @param accountRate           share of the base credited to the account each month; defaults to 8 %
 *                              (个人缴费全部记入个人账户, 国发〔2005〕38号)
 * @param overrides             parameters given instead of the policy's, as for {@link PensionRequest}
 * @param baseGrowthRate        yearly growth of the 计发基数 and of the base bounds; defaults to annualWageGrowth
 * @param place                 where the pension is assessed, as for {@link PensionRequest}
 */
public record ProjectionRequest(
        RetirementCategory category,
        YearMonth birthMonth,
        BigDecimal currentWage,
        BigDecimal averageIndex,
        BigDecimal currentBalance,
        BigDecimal contributionYears,
        BigDecimal deemedYears,
        BigDecimal yearsBeforeAccount,
        BigDecimal actualYearsBeforeAccount,
        BigDecimal notionalAccountBalance,
        BigDecimal transitionalIndex,
        BigDecimal annualWageGrowth,
        BigDecimal annualAccountInterest,
        BigDecimal accountRate,
        Overrides overrides,
        BigDecimal baseGrowthRate,
        List<String> place) {

    public ProjectionRequest {
        place = place == null ? List.of() : List.copyOf(place);
    }
}
