package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.contract.payload.AnnuityAgeRule;

/**
 * How a retirement age with months picks its 计发月数 from the table of whole ages (国发〔2005〕38号 附件); the policy
 * data chooses the strategy ({@link AnnuityAgeRule}).
 */
interface AnnuityMonthsLookup {

    /**
     * @param table  months by whole age
     * @param years  completed years of the retirement age
     * @param months further months (0–11)
     * @param where  names the table in a {@link PolicyGapException}
     */
    BigDecimal months(Map<Integer, Integer> table, int years, int months, String where);

    static AnnuityMonthsLookup of(AnnuityAgeRule rule) {
        return switch (rule) {
            case COMPLETED_YEARS -> AnnuityMonthsLookup::completedYears;
            case INTERPOLATE_MONTHS_TENTHS -> AnnuityMonthsLookup::interpolatedTenths;
        };
    }

    /** The row of the completed age: 60岁2个月 → the row of 60. */
    private static BigDecimal completedYears(Map<Integer, Integer> table, int years, int months, String where) {
        return BigDecimal.valueOf(row(table, years, where));
    }

    /** months(Y) − (months(Y) − months(Y+1)) × M ÷ 12, half up to one decimal: 60岁3个月 → 139 − 7 × 3 ÷ 12 → 137.3. */
    private static BigDecimal interpolatedTenths(Map<Integer, Integer> table, int years, int months, String where) {
        int at = row(table, years, where);
        if (months == 0) {
            return BigDecimal.valueOf(at);
        }
        int step = at - row(table, years + 1, where);
        return BigDecimal.valueOf(at).subtract(BigDecimal.valueOf((long) step * months)
                .divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP)).setScale(1, RoundingMode.HALF_UP);
    }

    private static int row(Map<Integer, Integer> table, int age, String where) {
        Integer months = table.get(age);
        if (months == null) {
            throw new PolicyGapException(where + " has no 计发月数 for age " + age);
        }
        return months;
    }
}
