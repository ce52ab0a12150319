package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.shebao.calcservice.calc.Status;

/**
 * A monthly pension at retirement: 基本养老金 = 基础养老金 + 个人账户养老金 + 过渡性养老金 + local supplements.
 *
 * @param basic            基础养老金
 * @param personalAccount  个人账户养老金
 * @param transitional     过渡性养老金; 0 without deemed years
 * @param supplements      local additions, in the policy's order
 * @param total            sum of the components
 * @param annuityMonths    计发月数 used
 * @param calculationBase  计发基数 used
 * @param retirementMonth  the retirement month assumed
 * @param parametersSource whether the parameters came from policy, caller or both
 */
public record PensionResult(
        BigDecimal basic,
        BigDecimal personalAccount,
        BigDecimal transitional,
        List<Supplement> supplements,
        BigDecimal total,
        BigDecimal annuityMonths,
        BigDecimal calculationBase,
        YearMonth retirementMonth,
        ParametersSource parametersSource,
        Status.Report status) {

    /** One local supplement: fixed amount + amount per contribution year. */
    public record Supplement(String label, BigDecimal amount) {
    }
}
