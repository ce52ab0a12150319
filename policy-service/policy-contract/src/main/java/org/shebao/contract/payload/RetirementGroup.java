package org.shebao.contract.payload;

/**
 * The three groups of the 2024 retirement decision by 原法定退休年龄, as policy data names them (calc-service's
 * retirement category of the same name holds their delay rules).
 */
public enum RetirementGroup {
    /** 男职工: 60. */
    MALE,
    /** 原法定退休年龄为五十五周岁的女职工. */
    FEMALE_55,
    /** 原法定退休年龄为五十周岁的女职工. */
    FEMALE_50
}
