package org.shebao.contract.payload;

/** Procedures a guide describes. Values are only ever added. */
public enum ProcedureType {
    /** 参保登记 / 办理医保卡 (社保卡、医保电子凭证), by participant type; older guides combine the three below in it */
    MEDICAL_CARD_APPLICATION,
    /** 异地就医备案, by filing type (and situation where the materials differ) */
    OUT_OF_AREA_FILING,
    /** 零星报销 / 手工报销 of care paid out of pocket */
    MANUAL_REIMBURSEMENT,
    /** 参保登记: joining 职工医保 (employee or 灵活就业) or 城乡居民医保, incl. people without local 户籍 (外地人) */
    ENROLMENT,
    /** 办理社会保障卡 (社保卡): apply for, collect and activate the physical card */
    SOCIAL_SECURITY_CARD,
    /** 激活医保电子凭证 */
    MEDICAL_E_VOUCHER,
    /** 医保关系转移接续 when moving to another 统筹区 */
    RELATION_TRANSFER
}
