package org.shebao.calcservice.calc.contribution;

/** How the declared wage became the contribution base: taken as is, raised to the 下限, or cut to the 上限. */
public enum BaseAdjustment {
    NONE,
    FLOOR,
    CEILING
}
