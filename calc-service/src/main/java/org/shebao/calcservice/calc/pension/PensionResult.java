package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.shebao.calcservice.calc.Status;
import org.shebao.contract.payload.PensionComponent;

/**
 * A monthly pension at retirement: 基本养老金 = 基础养老金 + 个人账户养老金 + 过渡性养老金 + local components. A part
 * whose input is unknown is null and named in the status's unknown figures; the total is then null too.
 *
 * @param basic            基础养老金
 * @param personalAccount  个人账户养老金
 * @param transitional     过渡性养老金; 0 without years before the account; null when unknown
 * @param components       local components, in the policy's order
 * @param total            sum of the parts; null when one is unknown
 * @param annuityMonths    计发月数 used, a decimal (137.3)
 * @param calculationBase  计发基数 used
 * @param retirementMonth  the retirement month assumed
 * @param parametersSource whether the parameters came from policy, caller or both
 * @param eligibility      whether the minimum contribution years are reached; below them the amounts (basic,
 *                         personal account, transitional, total) are null and the components empty: nothing is payable
 * @param ifMinimumReached below the minimum, the estimate at the minimum years (延长缴费 or 一次性缴费 reach them);
 *                         null otherwise
 */
public record PensionResult(
        BigDecimal basic,
        BigDecimal personalAccount,
        BigDecimal transitional,
        List<Component> components,
        BigDecimal total,
        BigDecimal annuityMonths,
        BigDecimal calculationBase,
        YearMonth retirementMonth,
        ParametersSource parametersSource,
        Status.Report status,
        PensionEligibility.Eligibility eligibility,
        PensionResult ifMinimumReached) {

    /** This estimate as not payable: its amounts withheld, {@code reached} shown in their place. */
    PensionResult notPayable(PensionResult reached) {
        return new PensionResult(null, null, null, List.of(), null, annuityMonths, calculationBase, retirementMonth,
                parametersSource, status, eligibility, reached);
    }

    /** One local component; {@code amount} null when its input is unknown. */
    public record Component(String label, PensionComponent.Type type, BigDecimal amount) {
    }
}
