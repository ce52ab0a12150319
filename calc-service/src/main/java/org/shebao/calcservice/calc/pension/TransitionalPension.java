package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;

import org.shebao.contract.payload.TransitionalFormula;

/**
 * 过渡性养老金 for the years before personal accounts, one strategy per provincial formula; the policy data names the
 * formula ({@link TransitionalFormula}), so no code branches on a region.
 */
interface TransitionalPension {

    /**
     * @param calculationBase 计发基数
     * @param index           过渡性指数 (the average index unless the region uses its own)
     * @param indexedWage     本人指数化月平均缴费工资 (given, or 计发基数 × index)
     * @param years           the years the region counts (视同, or all years before the personal account)
     * @param coefficient     过渡系数, decimal
     */
    BigDecimal amount(BigDecimal calculationBase, BigDecimal index, BigDecimal indexedWage, BigDecimal years,
            BigDecimal coefficient);

    /** The formula in words, for the trace. */
    String formula();

    static TransitionalPension of(TransitionalFormula formula) {
        return switch (formula) {
            case BASE_TIMES_INDEX -> BaseTimesIndex.INSTANCE;
            case MEAN_OF_BASE_AND_INDEXED_WAGE -> MeanOfBaseAndIndexedWage.INSTANCE;
        };
    }

    /** 计发基数 × 过渡性指数 × 视同缴费年限 × 过渡系数 (国发〔2005〕38号 practice). */
    enum BaseTimesIndex implements TransitionalPension {
        INSTANCE;

        @Override
        public BigDecimal amount(BigDecimal calculationBase, BigDecimal index, BigDecimal indexedWage,
                BigDecimal years, BigDecimal coefficient) {
            return calculationBase.multiply(index).multiply(years).multiply(coefficient);
        }

        @Override
        public String formula() {
            return "calculationBase × transitionalIndex × years × coefficient";
        }
    }

    /** (计发基数 + 本人指数化月平均缴费工资) ÷ 2 × 视同缴费年限 × 过渡系数 (川劳社发〔2006〕17号). */
    enum MeanOfBaseAndIndexedWage implements TransitionalPension {
        INSTANCE;

        private static final BigDecimal TWO = BigDecimal.valueOf(2);

        @Override
        public BigDecimal amount(BigDecimal calculationBase, BigDecimal index, BigDecimal indexedWage,
                BigDecimal years, BigDecimal coefficient) {
            return calculationBase.add(indexedWage).divide(TWO).multiply(years).multiply(coefficient);
        }

        @Override
        public String formula() {
            return "(calculationBase + indexedWage) ÷ 2 × years × coefficient";
        }
    }
}
