package org.shebao.contract.payload;

/** 性别, as the retirement rules distinguish it. */
public enum Gender {
    MALE,
    FEMALE
}
