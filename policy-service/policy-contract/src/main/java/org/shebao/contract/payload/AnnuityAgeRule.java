package org.shebao.contract.payload;

/**
 * How a retirement age with months (60岁2个月 after the 2025 reform) picks its 计发月数. No national rule has been found;
 * the choice is data.
 */
public enum AnnuityAgeRule {
    /** The row of the completed age in years. */
    COMPLETED_YEARS,
    /** Linear between the rows of the completed age and the next, by months, rounded to a whole month. */
    INTERPOLATE_MONTHS
}
