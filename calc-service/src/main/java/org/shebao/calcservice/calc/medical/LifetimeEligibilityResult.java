package org.shebao.calcservice.calc.medical;

import org.shebao.calcservice.calc.Status;

/**
 * Whether the contribution record suffices for 退休后享受职工医保待遇 and, if not, how many months are missing.
 *
 * @param requiredMonths      fewest cumulative months that satisfy the rule ("超过15年" → 181)
 * @param gapMonths           cumulative months still missing (may be paid up, 补缴)
 * @param localRequiredMonths fewest local months that satisfy the rule; null where the region requires none
 * @param localGapMonths      local months still missing; null where the region requires none
 */
public record LifetimeEligibilityResult(
        boolean eligible,
        int requiredMonths,
        int gapMonths,
        Integer localRequiredMonths,
        Integer localGapMonths,
        Status.Report status) {
}
