package org.shebao.calcservice.calc.contribution;

import java.math.BigDecimal;

import org.shebao.contract.payload.BaseRange;

/**
 * 缴费基数: the declared wage clamped to the published [下限, 上限], and which bound (if any) applied.
 */
record ClampedBase(BigDecimal base, BaseAdjustment adjustment) {

    static ClampedBase of(BigDecimal wage, BaseRange range) {
        if (wage.compareTo(range.floor()) < 0) {
            return new ClampedBase(range.floor(), BaseAdjustment.FLOOR);
        }
        if (wage.compareTo(range.ceiling()) > 0) {
            return new ClampedBase(range.ceiling(), BaseAdjustment.CEILING);
        }
        return new ClampedBase(wage, BaseAdjustment.NONE);
    }
}
