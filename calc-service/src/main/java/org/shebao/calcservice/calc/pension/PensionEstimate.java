package org.shebao.calcservice.calc.pension;

import java.util.List;

import org.shebao.calcservice.calc.retirement.CategoryResolution;

/**
 * A pension estimate with what it was decided on before the formula: the retirement category and the 计发基数 of the
 * retirement year.
 *
 * @param base        the base chosen for the retirement year; null when the caller gave the base
 * @param assumptions the assumed figures the estimate rests on (a projected base's growth)
 */
public record PensionEstimate(PensionResult pension, CategoryResolution.Resolved category,
        RetirementYearBase.Choice base, List<Assumption> assumptions) {

    public PensionEstimate {
        assumptions = List.copyOf(assumptions);
    }
}
