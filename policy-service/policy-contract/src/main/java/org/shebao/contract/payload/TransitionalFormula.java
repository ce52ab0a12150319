package org.shebao.contract.payload;

/**
 * How a region computes 过渡性养老金 for years before personal accounts existed (视同缴费年限). Named strategies chosen
 * by policy data, so calculators never branch on a region code.
 */
public enum TransitionalFormula {
    /** 计发基数 × 过渡性指数 × 视同缴费年限 × 过渡系数 (国发〔2005〕38号 practice: 北京, 广东, 湖北, 安徽, …). */
    BASE_TIMES_INDEX,
    /** (计发基数 + 本人指数化月平均缴费工资) ÷ 2 × 视同缴费年限 × 过渡系数 (四川, 川劳社发〔2006〕17号). */
    MEAN_OF_BASE_AND_INDEXED_WAGE
}
