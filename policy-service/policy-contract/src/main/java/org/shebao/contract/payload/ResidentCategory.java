package org.shebao.contract.payload;

/** Categories of 城乡居民医保 enrollees that regions may price differently. */
public enum ResidentCategory {
    /** 成年居民 */
    ADULT,
    /** 未成年人 (学龄前儿童、中小学生) */
    MINOR,
    /** 大学生 */
    STUDENT,
    /** 老年居民 */
    ELDERLY
}
