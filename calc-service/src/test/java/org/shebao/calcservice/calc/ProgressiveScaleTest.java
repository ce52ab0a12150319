package org.shebao.calcservice.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shebao.contract.payload.Band;

class ProgressiveScaleTest {

    private static final List<Band> BANDS = List.of(new Band(d("0"), d("0.85")), new Band(d("30000"), d("0.90")),
            new Band(d("40000"), d("0.95")));

    @Test
    void eachBandPaysOnTheOverlapOfItsRangeWithTheInterval() {
        // R7: 28700 × 85 % + 10000 × 90 % + 20000 × 95 %
        assertThat(ProgressiveScale.apply(BANDS, d("1300"), d("60000"), r -> r)).isEqualByComparingTo("52395");
        assertThat(ProgressiveScale.apply(BANDS, d("35000"), d("38000"), r -> r)).isEqualByComparingTo("2700");
    }

    @Test
    void anEmptyOrInvertedIntervalPaysNothing() {
        assertThat(ProgressiveScale.apply(BANDS, d("1300"), d("1000"), r -> r)).isEqualByComparingTo("0");
        assertThat(ProgressiveScale.apply(BANDS, d("1300"), d("1300"), r -> r)).isEqualByComparingTo("0");
    }

    @Test
    void theRateAdjustmentAppliesToEveryBand() {
        assertThat(ProgressiveScale.apply(BANDS, d("0"), d("50000"), r -> r.subtract(d("0.90")).max(BigDecimal.ZERO)))
                .isEqualByComparingTo("500");
    }

    @Test
    void theRateAtAnAmountIsThatOfTheBandHoldingIt() {
        assertThat(ProgressiveScale.rateAt(BANDS, d("29999.99"))).isEqualByComparingTo("0.85");
        assertThat(ProgressiveScale.rateAt(BANDS, d("30000"))).isEqualByComparingTo("0.90");
        assertThat(ProgressiveScale.rateAt(BANDS, d("1000000"))).isEqualByComparingTo("0.95");
    }
}
