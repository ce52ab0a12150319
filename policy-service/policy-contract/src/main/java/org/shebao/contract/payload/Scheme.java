package org.shebao.contract.payload;

/** Which basic medical insurance scheme. */
public enum Scheme {
    /** 职工基本医疗保险 */
    EMPLOYEE,
    /** 城乡居民基本医疗保险 */
    RESIDENT
}
