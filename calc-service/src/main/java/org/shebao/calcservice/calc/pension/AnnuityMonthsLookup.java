package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.contract.payload.AnnuityAgeRule;

/**
 * How a retirement age with months picks its 计发月数 from the table of whole ages (国发〔2005〕38号 附件). No national
 * rule for ages such as 60岁2个月 has been found, so the policy data chooses the strategy ({@link AnnuityAgeRule}).
 */
interface AnnuityMonthsLookup {

    /**
     * @param table  months by whole age
     * @param years  completed years of the retirement age
     * @param months further months (0–11)
     * @param where  names the table in a {@link PolicyGapException}
     */
    int months(Map<Integer, Integer> table, int years, int months, String where);

    static AnnuityMonthsLookup of(AnnuityAgeRule rule) {
        return switch (rule) {
            case COMPLETED_YEARS -> AnnuityMonthsLookup::completedYears;
            case INTERPOLATE_MONTHS -> AnnuityMonthsLookup::interpolated;
        };
    }

    /** The row of the completed age: 60岁2个月 → the row of 60. */
    private static int completedYears(Map<Integer, Integer> table, int years, int months, String where) {
        return row(table, years, where);
    }

    /** Linear between the completed age and the next, by months, rounded half up to a whole month. */
    private static int interpolated(Map<Integer, Integer> table, int years, int months, String where) {
        int at = row(table, years, where);
        if (months == 0) {
            return at;
        }
        int next = row(table, years + 1, where);
        // (at × (12 − months) + next × months) ÷ 12, rounded as a whole: 139 → 132 at 60岁6个月 gives 135.5 → 136
        return BigDecimal.valueOf((long) at * (12 - months) + (long) next * months)
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    private static int row(Map<Integer, Integer> table, int age, String where) {
        Integer months = table.get(age);
        if (months == null) {
            throw new PolicyGapException(where + " has no 计发月数 for age " + age);
        }
        return months;
    }
}
