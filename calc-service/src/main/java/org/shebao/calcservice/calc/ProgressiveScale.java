package org.shebao.calcservice.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.shebao.contract.payload.Band;

/**
 * Evaluation of a progressive scale (分段累进): each {@link Band}'s rate applies from its {@code from} up to the next
 * band's. Shared by inpatient reimbursement (bands over eligible cost), 大额补助 and 大病保险 (bands over the amount
 * above a threshold); what the amounts measure is the caller's business.
 */
public final class ProgressiveScale {

    /**
     * The part {@code [from, to)} of the measured amount that one band's {@code rate} paid; {@code amount} is exact
     * (unrounded).
     */
    public record Segment(BigDecimal from, BigDecimal to, BigDecimal rate, BigDecimal amount) {
    }

    private ProgressiveScale() {
    }

    /**
     * Σ over bands of {@code rate(band.rate)} × the length of {@code [band.from, next.from) ∩ [lower, upper)}.
     *
     * @param bands contiguous, rising, first from 0 (checked by the contract)
     * @param rate  adjusts each band's rate (a reduction for 异地就医, points added for assistance groups)
     */
    public static BigDecimal apply(List<Band> bands, BigDecimal lower, BigDecimal upper, UnaryOperator<BigDecimal> rate) {
        return total(segments(bands, lower, upper, rate));
    }

    /** The bands' parts of {@code [lower, upper)}, in order; empty when the interval is. Parameters as {@link #apply}. */
    public static List<Segment> segments(List<Band> bands, BigDecimal lower, BigDecimal upper,
            UnaryOperator<BigDecimal> rate) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal from = bands.get(i).from().max(lower);
            BigDecimal to = i + 1 < bands.size() ? bands.get(i + 1).from().min(upper) : upper;
            if (to.compareTo(from) > 0) {
                BigDecimal applied = rate.apply(bands.get(i).rate());
                segments.add(new Segment(from, to, applied, to.subtract(from).multiply(applied)));
            }
        }
        return segments;
    }

    /**
     * The segments as far as their amounts fit under {@code cap}: the segment that reaches it ends where it does, later
     * ones are dropped. A null cap leaves them as they are.
     */
    public static List<Segment> capped(List<Segment> segments, BigDecimal cap) {
        if (cap == null) {
            return segments;
        }
        List<Segment> kept = new ArrayList<>();
        BigDecimal left = cap;
        for (Segment segment : segments) {
            if (left.signum() <= 0) {
                break;
            }
            if (segment.amount().compareTo(left) <= 0) {
                kept.add(segment);
                left = left.subtract(segment.amount());
            } else {
                BigDecimal to = segment.from().add(left.divide(segment.rate(), MathContext.DECIMAL64));
                kept.add(new Segment(segment.from(), to, segment.rate(), left));
                left = BigDecimal.ZERO;
            }
        }
        return kept;
    }

    public static BigDecimal total(List<Segment> segments) {
        return segments.stream().map(Segment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
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
