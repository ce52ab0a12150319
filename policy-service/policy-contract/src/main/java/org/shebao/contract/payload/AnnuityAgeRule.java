package org.shebao.contract.payload;

/**
 * How a retirement age with months (60岁2个月 after the 2025 reform) picks its 计发月数 from the table of whole ages.
 */
public enum AnnuityAgeRule {
    /** The row of the completed age in years. */
    COMPLETED_YEARS,
    /**
     * Linear between the rows of the completed age Y and the next, by months M, rounded half up to one decimal:
     * months(Y) − (months(Y) − months(Y+1)) × M ÷ 12 (60岁3个月 → 137.3), as official 核定表 since 2025 show.
     */
    INTERPOLATE_MONTHS_TENTHS
}
