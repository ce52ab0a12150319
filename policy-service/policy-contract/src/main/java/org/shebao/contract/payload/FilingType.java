package org.shebao.contract.payload;

/** 异地就医备案 types (医保发〔2022〕22号 第7条), plus NONE for care outside the insured region without filing. */
public enum FilingType {
    NONE,
    /** 异地长期居住: 异地安置退休、异地长期居住、常驻异地工作 */
    LONG_TERM_RESIDENCE,
    /** 异地转诊 */
    REFERRAL,
    /** 异地急诊抢救: counts as filed */
    EMERGENCY,
    /** 其他临时外出就医 (非急诊且未转诊) */
    TEMPORARY_OTHER
}
