package org.shebao.contract.payload;

/** Procedures a guide describes. */
public enum ProcedureType {
    /** 参保登记 / 办理医保卡 (社保卡、医保电子凭证), by participant type */
    MEDICAL_CARD_APPLICATION,
    /** 异地就医备案, by filing type */
    OUT_OF_AREA_FILING,
    /** 零星报销 / 手工报销 of care paid out of pocket */
    MANUAL_REIMBURSEMENT
}
