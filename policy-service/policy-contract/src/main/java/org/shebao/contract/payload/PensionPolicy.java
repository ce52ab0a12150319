package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;
import org.shebao.contract.validation.Rate;

/**
 * PENSION: the parameters of 基本养老金 = 基础养老金 + 个人账户养老金 + 过渡性养老金 (国发〔2005〕38号) in one region for the
 * version's period. Each year's 计发基数 is its own version; the national version holds the 计发月数 table.
 *
 * @param calculationBase         计发基数, 元/月 (上年度全口径城镇单位就业人员月平均工资 or as the province publishes)
 * @param calculationBaseYear     the year the base was published for
 * @param aValueIndexThreshold    广东's "a" value: 基础养老金 = 计发基数 × (a + 平均缴费指数) ÷ 2 × 年限 × 1 %, a = 指数 ÷
 *                                threshold when the index is below it, else 1; null = the national formula (a = 1)
 * @param transitionalCoefficient 过渡系数, e.g. 0.012
 * @param transitionalYears       which years the transitional pension counts; null = not known (视同 only is used,
 *                                with a warning)
 * @param transitionalIndex       which index it uses; null = not known (the average index, with a warning)
 * @param personalAccountStart    month personal accounts began; actual contributions before it are
 *                                {@link TransitionalYears#BEFORE_ACCOUNT} years
 * @param amountRounding          rounding of each pension component (上海 rounds to the 角)
 * @param components              local parts of the pension (加发, 补贴, G实, 增发, 虚账实记), in the order paid
 * @param caveats                 what this version's data cannot express (a component not represented, an unchecked
 *                                condition), cited with every answer that uses it
 * @param reachMinimum            (national) the ways someone below the minimum contribution years can reach them
 * @param lumpSumAllowed          (regional) whether the region permits 一次性缴费 to reach the minimum; null = not known
 * @param categoryByPosition      (national) retirement group by gender and post (原法定退休年龄)
 * @param flexibleFemaleCategory  (regional) the group of a woman in 灵活就业; null = the national row, with a caveat
 * @param coefficientRaise        (regional) a higher 过渡系数 for longer actual contributions (吉林: 1.4 % instead of 1.2 %
 *                                above 20 actual years)
 * @param localBase               (regional) parts computed on the base of the city of retirement (河南, 吉林)
 */
@Consistent
@Schema(description = "PENSION payload")
public record PensionPolicy(
        @Positive @Schema(examples = "9493") BigDecimal calculationBase,
        Integer calculationBaseYear,
        @Positive @DecimalMax("1") @Schema(examples = "0.6") BigDecimal aValueIndexThreshold,
        @Rate @Schema(examples = "0.012") BigDecimal transitionalCoefficient,
        TransitionalFormula transitionalFormula,
        TransitionalYears transitionalYears,
        @Valid TransitionalIndex transitionalIndex,
        YearMonth personalAccountStart,
        @Valid YearsRounding contributionYearsRounding,
        @Valid Rounding amountRounding,
        List<@NotNull @Valid PensionComponent> components,
        List<@NotNull @Valid AnnuityMonths> annuityMonths,
        AnnuityAgeRule annuityAgeRule,
        List<@NotBlank @Size(max = 500) String> caveats,
        List<@NotNull @Valid ReachMinimum> reachMinimum,
        Boolean lumpSumAllowed,
        List<@NotNull @Valid CategoryByPosition> categoryByPosition,
        RetirementGroup flexibleFemaleCategory,
        @Valid CoefficientRaise coefficientRaise,
        @Valid LocalBase localBase) implements PolicyPayload, ConsistencyChecked {

    /**
     * A higher 过渡系数 for people whose actual contribution years (缴费年限 − 视同缴费年限) exceed a threshold.
     *
     * @param actualYearsAbove the actual years that must be exceeded (吉林 20)
     * @param coefficient      the 过渡系数 then (吉林 0.014)
     */
    @Schema(description = "A higher transitional coefficient above some actual contribution years")
    public record CoefficientRaise(
            @NotNull @Positive @Schema(examples = "20") BigDecimal actualYearsAbove,
            @NotNull @Rate @Schema(examples = "0.014") BigDecimal coefficient) {
    }

    /** A version without a coefficient raise or local bases (every region but 河南 and 吉林 so far). */
    public PensionPolicy(BigDecimal calculationBase, Integer calculationBaseYear, BigDecimal aValueIndexThreshold,
            BigDecimal transitionalCoefficient, TransitionalFormula transitionalFormula,
            TransitionalYears transitionalYears, TransitionalIndex transitionalIndex, YearMonth personalAccountStart,
            YearsRounding contributionYearsRounding, Rounding amountRounding, List<PensionComponent> components,
            List<AnnuityMonths> annuityMonths, AnnuityAgeRule annuityAgeRule, List<String> caveats,
            List<ReachMinimum> reachMinimum, Boolean lumpSumAllowed, List<CategoryByPosition> categoryByPosition,
            RetirementGroup flexibleFemaleCategory) {
        this(calculationBase, calculationBaseYear, aValueIndexThreshold, transitionalCoefficient, transitionalFormula,
                transitionalYears, transitionalIndex, personalAccountStart, contributionYearsRounding, amountRounding,
                components, annuityMonths, annuityAgeRule, caveats, reachMinimum, lumpSumAllowed, categoryByPosition,
                flexibleFemaleCategory, null, null);
    }

    /**
     * The same version with another 计发基数 and year: a base chosen for a retirement year (预发 or projected). Local
     * bases grow with the province's.
     */
    public PensionPolicy withCalculationBase(BigDecimal base, Integer year) {
        boolean grown = localBase != null && calculationBase != null && base.compareTo(calculationBase) != 0;
        return new PensionPolicy(base, year, aValueIndexThreshold, transitionalCoefficient, transitionalFormula,
                transitionalYears, transitionalIndex, personalAccountStart, contributionYearsRounding, amountRounding,
                components, annuityMonths, annuityAgeRule, caveats, reachMinimum, lumpSumAllowed, categoryByPosition,
                flexibleFemaleCategory, coefficientRaise,
                grown ? localBase.scaled(base.divide(calculationBase, MathContext.DECIMAL64)) : localBase);
    }

    public boolean hasAnnuityTable() {
        return annuityMonths != null && !annuityMonths.isEmpty();
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        found.require(calculationBase != null || hasAnnuityTable(), "calculationBase",
                "a PENSION policy needs a calculation base or an annuity-months table");
        found.require(transitionalCoefficient == null || transitionalFormula != null, "transitionalFormula",
                "is required with a transitional coefficient");
        found.require(coefficientRaise == null || transitionalCoefficient != null, "coefficientRaise",
                "raises a transitionalCoefficient, which is missing");
        found.require(localBase == null || calculationBase != null, "localBase",
                "needs the province's calculationBase beside it");
        found.require(!hasAnnuityTable() || annuityAgeRule != null, "annuityAgeRule",
                "is required with an annuity-months table");
        found.require(transitionalYears != TransitionalYears.BEFORE_ACCOUNT || personalAccountStart != null,
                "personalAccountStart", "is required with transitionalYears BEFORE_ACCOUNT");
        if (hasAnnuityTable()) {
            checkAnnuityTable(found);
        }
    }

    private void checkAnnuityTable(Inconsistencies found) {
        Set<Integer> ages = new HashSet<>();
        for (int i = 0; i < annuityMonths.size(); i++) {
            AnnuityMonths row = annuityMonths.get(i);
            if (row == null || row.age() == null) {
                continue;
            }
            found.require(ages.add(row.age()), "annuityMonths[" + i + "].age", "age " + row.age() + " appears twice");
            if (i > 0 && annuityMonths.get(i - 1) != null && annuityMonths.get(i - 1).age() != null) {
                found.require(row.age() > annuityMonths.get(i - 1).age(), "annuityMonths[" + i + "].age",
                        "ages must be listed in increasing order");
            }
        }
    }
}
