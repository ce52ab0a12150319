package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.Region;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * A local part of the pension, paid on top of 基础, 个人账户 and 过渡性养老金, in a small vocabulary of formulas so that
 * no calculator branches on a region.
 *
 * @param amount     元/月, with FIXED (the amount) and PER_YEAR (the amount per year)
 * @param rate       decimal, with BASE_INDEX_YEARS and INDEXED_WAGE_YEARS
 * @param years      which years count, with PER_YEAR, BASE_INDEX_YEARS and INDEXED_WAGE_YEARS; with NOT_MODELLED,
 *                   optionally, the years a person must have for the part to apply
 * @param index      which index, with BASE_INDEX_YEARS
 * @param wholeYears floor the years to whole years first (17.75 → 17)
 * @param divisor    months the balance is divided by, with NOTIONAL_ACCOUNT (上海 120)
 * @param note       what the source says of the part; required with NOT_MODELLED
 * @param yearBands  with BASIC_WAGE_YEAR_BANDS, the rate per year for the years above each band's start, up to the
 *                   next band's start; in increasing order
 * @param actualYearsAbove optionally, the part applies only to people whose actual contribution years (缴费年限 −
 *                   视同缴费年限) exceed this (吉林 增发: 20)
 * @param onlyIn     optionally, the part is paid only where the pension is assessed in one of these regions (a city
 *                   of the province: 郑州 过渡性补贴)
 */
@Consistent
@Schema(description = "A local pension component")
public record PensionComponent(
        @NotBlank @Size(max = 100) String label,
        @NotNull @Schema(examples = "PER_YEAR") Type type,
        @PositiveOrZero @Schema(examples = "4") BigDecimal amount,
        @Rate @Schema(examples = "0.001") BigDecimal rate,
        Years years,
        Index index,
        Boolean wholeYears,
        @Positive @Schema(examples = "120") BigDecimal divisor,
        @Size(max = 500) String note,
        List<@NotNull @Valid YearBand> yearBands,
        @PositiveOrZero @Schema(examples = "20") BigDecimal actualYearsAbove,
        List<@NotNull @Pattern(regexp = Region.CODE_PATTERN) String> onlyIn) implements ConsistencyChecked {

    /** The rate paid per year for the years above {@code above} (up to the next band). */
    @Schema(description = "A rate per year above some years")
    public record YearBand(
            @NotNull @PositiveOrZero @Schema(examples = "20") BigDecimal above,
            @NotNull @Rate @Schema(examples = "0.0015") BigDecimal rate) {
    }

    public enum Type {
        /** {@code amount} 元/月 (广东 +100 元, 浙江 基本养老金补贴). */
        FIXED,
        /** {@code amount} × years (广东/深圳 4 元 per whole year of contribution). */
        PER_YEAR,
        /** 计发基数 × index × years × {@code rate} (北京 G实). */
        BASE_INDEX_YEARS,
        /** 指数化月平均缴费工资 × years × {@code rate} (四川 增发 0.1 %). */
        INDEXED_WAGE_YEARS,
        /** The request's notionalAccountBalance ÷ {@code divisor} (上海 虚账实记 ÷ 120). */
        NOTIONAL_ACCOUNT,
        /**
         * The basic pension's wage ((计发基数 × a + 指数化月平均缴费工资) ÷ 2, on the local base where the region pools on
         * it) × Σ over {@code yearBands} of rate × the years counted in the band (吉林 增发: 0.15 % a year from 20 to 25
         * years of contribution, 0.20 % to 30, 0.25 % beyond).
         */
        BASIC_WAGE_YEAR_BANDS,
        /**
         * A part every such pension of the region has but whose formula the data cannot state yet (浙江 过渡调节金):
         * its amount is unknown in every answer, never left out. {@code note} says what is known of it; {@code years},
         * when given, limits it to people who have such years (浙江: years before the personal account).
         */
        NOT_MODELLED
    }

    /** Which years a component counts. */
    public enum Years {
        /** 缴费年限 including 视同. */
        CONTRIBUTION,
        /** 视同缴费年限. */
        DEEMED,
        /** 视同 plus actual contributions before the region's personal accounts began. */
        BEFORE_ACCOUNT,
        /** The actual contributions before the personal accounts began (北京 1992-10 → 1998-06). */
        ACTUAL_BEFORE_ACCOUNT,
        /** Actual contributions: 缴费年限 − 视同缴费年限. */
        ACTUAL
    }

    /** Which index a component uses. */
    public enum Index {
        /** 平均缴费指数. */
        AVERAGE,
        /** The index of the region's transitional pension. */
        TRANSITIONAL
    }

    public boolean floorsYears() {
        return Boolean.TRUE.equals(wholeYears);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (type == null) {
            return;
        }
        boolean amountUsed = type == Type.FIXED || type == Type.PER_YEAR;
        boolean rateUsed = type == Type.BASE_INDEX_YEARS || type == Type.INDEXED_WAGE_YEARS;
        boolean yearsUsed = type == Type.PER_YEAR || rateUsed || type == Type.BASIC_WAGE_YEAR_BANDS;
        expect(found, "amount", amount != null, amountUsed);
        expect(found, "rate", rate != null, rateUsed);
        if (type != Type.NOT_MODELLED) {
            expect(found, "years", years != null, yearsUsed);
        }
        expect(found, "index", index != null, type == Type.BASE_INDEX_YEARS);
        expect(found, "divisor", divisor != null, type == Type.NOTIONAL_ACCOUNT);
        expect(found, "yearBands", yearBands != null && !yearBands.isEmpty(), type == Type.BASIC_WAGE_YEAR_BANDS);
        if (yearBands != null) {
            for (int i = 1; i < yearBands.size(); i++) {
                YearBand before = yearBands.get(i - 1);
                YearBand band = yearBands.get(i);
                found.require(before == null || band == null || before.above() == null || band.above() == null
                        || band.above().compareTo(before.above()) > 0, "yearBands[" + i + "].above",
                        "bands must start in increasing order");
            }
        }
        found.require(wholeYears == null || yearsUsed, "wholeYears", "is only allowed where years are counted");
        found.require(type != Type.NOT_MODELLED || note != null && !note.isBlank(), "note",
                "is required with type NOT_MODELLED: say what is known of the part");
    }

    private void expect(Inconsistencies found, String field, boolean present, boolean used) {
        found.require(present == used, field, used ? "is required with type " + type
                : "is not used by type " + type);
    }
}
