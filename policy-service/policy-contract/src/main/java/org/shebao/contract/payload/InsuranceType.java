package org.shebao.contract.payload;

/** A line of the contribution bill. Labels in the policy payload say how the region names each one. */
public enum InsuranceType {
    /** 基本养老保险 */
    PENSION,
    /** 基本医疗保险 (in most regions including 生育保险 since 2019) */
    MEDICAL,
    /** 生育保险, where still billed separately */
    MATERNITY,
    /** 失业保险 */
    UNEMPLOYMENT,
    /** 工伤保险, employer only, rate set by industry class */
    WORK_INJURY,
    /** 大额医疗互助 / 补充医疗, often a fixed monthly amount */
    SUPPLEMENTARY_MEDICAL,
    /** 长期护理保险 */
    LONG_TERM_CARE
}
