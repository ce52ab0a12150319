package org.shebao.calcservice.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import org.shebao.contract.payload.Band;

/**
 * Evaluation of a progressive scale (分段累进): each {@link Band}'s rate applies from its {@code from} up to the next
 * band's. Shared by inpatient reimbursement (bands over eligible cost) and 大病保险 (bands over the amount above its
 * threshold); what the amounts measure is the caller's business.
 */
public final class ProgressiveScale {

    private ProgressiveScale() {
    }

    /**
     * Σ over bands of {@code rate(band.rate)} × the length of {@code [band.from, next.from) ∩ [lower, upper)}.
     *
     * @param bands contiguous, rising, first from 0 (checked by the contract)
     * @param rate  adjusts each band's rate (a reduction for 异地就医, points added for assistance groups)
     */
    public static BigDecimal apply(List<Band> bands, BigDecimal lower, BigDecimal upper, UnaryOperator<BigDecimal> rate) {
        BigDecimal total = BigDecimal.ZERO;
        if (upper.compareTo(lower) <= 0) {
            return total;
        }
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal from = bands.get(i).from().max(lower);
            BigDecimal to = i + 1 < bands.size() ? bands.get(i + 1).from().min(upper) : upper;
            if (to.compareTo(from) > 0) {
                total = total.add(to.subtract(from).multiply(rate.apply(bands.get(i).rate())));
            }
        }
        return total;
    }

    /** The rate of the band that holds {@code amount} (the last band whose {@code from} ≤ amount). */
    public static BigDecimal rateAt(List<Band> bands, BigDecimal amount) {
        BigDecimal rate = bands.get(0).rate();
        for (Band band : bands) {
            if (band.from().compareTo(amount) <= 0) {
                rate = band.rate();
            }
        }
        return rate;
    }
}
