package org.shebao.calcservice.calc;

import java.math.BigDecimal;
import java.math.MathContext;

/** Helpers for amounts in 元: exact BigDecimal arithmetic, rounded once where the policy says. */
public final class Money {

    /** Precision of divisions (34 digits): far below the 分, so the single final rounding decides the result. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    private Money() {
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Null-tolerant sum: null terms are skipped. */
    public static BigDecimal sum(BigDecimal... amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            if (amount != null) {
                total = total.add(amount);
            }
        }
        return total;
    }

    /** Strict sum: unknown (null) as soon as one term is unknown. */
    public static BigDecimal sumOrNull(BigDecimal... amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            if (amount == null) {
                return null;
            }
            total = total.add(amount);
        }
        return total;
    }

    /** Plain notation for messages ("34.105", never "3.4105E+1"). */
    public static String text(BigDecimal amount) {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }

    /** A decimal rate as percent for messages: 0.085 → "8.5%". */
    public static String percent(BigDecimal rate) {
        return rate == null ? "null" : text(rate.movePointRight(2)) + "%";
    }
}
