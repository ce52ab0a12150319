package org.shebao.contract.payload;

/** 在职 or 退休: retirees usually get higher ratios. */
public enum MemberStatus {
    IN_SERVICE,
    RETIRED
}
