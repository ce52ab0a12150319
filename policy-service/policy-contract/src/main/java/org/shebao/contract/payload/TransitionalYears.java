package org.shebao.contract.payload;

/** Which years a region's 过渡性养老金 counts. */
public enum TransitionalYears {
    /** 视同缴费年限 only. */
    DEEMED,
    /**
     * The years before the region's personal accounts began: 视同缴费年限 plus actual contributions before
     * {@code personalAccountStart} (广东 before 1998-07, 浙江 建账前, 四川 1995年底前未建账年限).
     */
    BEFORE_ACCOUNT
}
