package org.shebao.calcservice.calc.pension;

/** Whether the 计发基数 of the retirement year is published, carried forward (预发) or projected. */
public enum BaseStatus {
    /** Published for the retirement year. */
    PUBLISHED,
    /** 预发: the year's base is not published yet; the latest is used until it is, then the pension is recalculated. */
    PROVISIONAL,
    /** Further ahead than the carry-forward rule reaches: the latest base grown by a stated yearly rate. */
    PROJECTED
}
