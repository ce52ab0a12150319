package org.shebao.contract.payload;

/** Medical-assistance groups that get easier 大病保险 terms. */
public enum AssistanceStatus {
    NONE,
    /** 低保对象 */
    LOW_INCOME,
    /** 特困人员 */
    EXTREME_POVERTY
}
