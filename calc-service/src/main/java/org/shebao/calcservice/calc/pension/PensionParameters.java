package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.pension.PensionRequest.Overrides;
import org.shebao.contract.payload.AnnuityAgeRule;
import org.shebao.contract.payload.AnnuityMonths;
import org.shebao.contract.payload.LocalBase;
import org.shebao.contract.payload.PensionComponent;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.PensionPolicy.CoefficientRaise;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.TransitionalFormula;
import org.shebao.contract.payload.TransitionalIndex;
import org.shebao.contract.payload.TransitionalYears;
import org.shebao.contract.payload.YearsRounding;

/**
 * The parameters of one pension estimate, each taken from the caller's override or else from the regional policy
 * (the 计发月数 table from the regional policy if it has one, else the national one), with where it came from.
 */
record PensionParameters(
        Parameter calculationBase,
        Parameter indexedWage,
        BigDecimal aValueIndexThreshold,
        Parameter transitionalCoefficient,
        CoefficientRaise coefficientRaise,
        TransitionalFormula transitionalFormula,
        TransitionalYears transitionalYears,
        TransitionalIndex transitionalIndex,
        BigDecimal annuityMonthsOverride,
        AnnuityTable annuityTable,
        YearsRounding yearsRounding,
        Rounding amountRounding,
        List<PensionComponent> components,
        LocalBaseParameter localBase,
        PolicyRef regional) {

    /** A figure and the policy it came from; {@code policy} is null when the caller gave it. */
    record Parameter(BigDecimal value, PolicyRef policy) {

        boolean fromCaller() {
            return policy == null;
        }
    }

    /** A 计发月数 table with the rule for ages with months, and its version. */
    record AnnuityTable(Map<Integer, Integer> monthsByAge, AnnuityAgeRule rule, PolicyRef policy) {

        BigDecimal monthsAt(int ageInMonths) {
            return AnnuityMonthsLookup.of(rule).months(monthsByAge, ageInMonths / 12, ageInMonths % 12,
                    policy.label());
        }
    }

    /**
     * 本地计发基数 where the region computes parts on it ({@link LocalBase}): the caller's, else the city's in the data,
     * else the province's where the rule says so; {@code base} null when none of these is known.
     */
    record LocalBaseParameter(LocalBase rule, Parameter base) {

        boolean used(LocalBase.Part part) {
            return rule != null && rule.uses(part);
        }

        LocalBaseParameter scaled(BigDecimal factor) {
            return base == null ? this : new LocalBaseParameter(rule, new Parameter(base.value().multiply(factor)
                    .setScale(0, RoundingMode.HALF_UP), base.policy()));
        }

        static LocalBaseParameter resolve(BigDecimal override, SourcedPolicy<PensionPolicy> regional,
                Parameter calculationBase, List<String> place) {
            LocalBase rule = regional == null ? null : regional.payload().localBase();
            if (rule == null || override != null) {
                return new LocalBaseParameter(rule, override == null ? null : new Parameter(override, null));
            }
            BigDecimal city = rule.baseOf(place);
            if (city != null) {
                return new LocalBaseParameter(rule, new Parameter(city, regional.ref()));
            }
            return new LocalBaseParameter(rule, rule.elsewhere() == LocalBase.Elsewhere.PROVINCE_BASE
                    ? calculationBase : null);
        }
    }

    static PensionParameters resolve(Overrides overrides, SourcedPolicy<PensionPolicy> regional,
            SourcedPolicy<PensionPolicy> national, List<String> place) {
        Overrides given = overrides == null ? Overrides.NONE : overrides;
        PensionPolicy policy = regional == null ? null : regional.payload();
        PolicyRef ref = regional == null ? null : regional.ref();
        Parameter base = pick(given.calculationBase(), regional, PensionPolicy::calculationBase);
        if (base == null) {
            throw new PolicyGapException("no 计发基数: " + (ref == null ? "no regional PENSION policy" : ref.label()
                    + " publishes none") + " and overrides.calculationBase is not given");
        }
        return new PensionParameters(
                base,
                given.indexedWage() == null ? null : new Parameter(given.indexedWage(), null),
                policy == null ? null : policy.aValueIndexThreshold(),
                pick(given.transitionalCoefficient(), regional, PensionPolicy::transitionalCoefficient),
                // the caller's coefficient replaces the region's rule with its raise
                policy == null || given.transitionalCoefficient() != null ? null : policy.coefficientRaise(),
                policy == null ? null : policy.transitionalFormula(),
                policy == null ? null : policy.transitionalYears(),
                policy == null ? null : policy.transitionalIndex(),
                given.annuityMonths(),
                table(regional, national),
                policy == null ? null : policy.contributionYearsRounding(),
                policy == null || policy.amountRounding() == null ? Rounding.FEN_HALF_UP : policy.amountRounding(),
                policy == null || policy.components() == null ? List.of() : policy.components(),
                LocalBaseParameter.resolve(given.localCalculationBase(), regional, base, place),
                ref);
    }

    /**
     * The same parameters with the 计发基数 (a local base and a given indexed wage too) scaled, for projections. A
     * projected 计发基数 is rounded to the whole 元, as bases are published; a projected indexed wage to the 分.
     */
    PensionParameters scaled(BigDecimal factor) {
        return new PensionParameters(
                new Parameter(calculationBase.value().multiply(factor).setScale(0, RoundingMode.HALF_UP),
                        calculationBase.policy()),
                indexedWage == null ? null
                        : new Parameter(indexedWage.value().multiply(factor).setScale(2, RoundingMode.HALF_UP), null),
                aValueIndexThreshold, transitionalCoefficient, coefficientRaise, transitionalFormula, transitionalYears,
                transitionalIndex, annuityMonthsOverride, annuityTable, yearsRounding,
                amountRounding, components, localBase.scaled(factor), regional);
    }

    private static Parameter pick(BigDecimal override, SourcedPolicy<PensionPolicy> policy,
            Function<PensionPolicy, BigDecimal> field) {
        if (override != null) {
            return new Parameter(override, null);
        }
        BigDecimal published = policy == null ? null : field.apply(policy.payload());
        return published == null ? null : new Parameter(published, policy.ref());
    }

    private static AnnuityTable table(SourcedPolicy<PensionPolicy> regional, SourcedPolicy<PensionPolicy> national) {
        SourcedPolicy<PensionPolicy> holder = regional != null && regional.payload().hasAnnuityTable() ? regional
                : national != null && national.payload().hasAnnuityTable() ? national
                : null;
        if (holder == null) {
            return null;
        }
        Map<Integer, Integer> rows = holder.payload().annuityMonths().stream()
                .collect(Collectors.toUnmodifiableMap(AnnuityMonths::age, AnnuityMonths::months));
        if (holder.payload().annuityAgeRule() == null) {
            throw new PolicyGapException(holder.ref().label() + " has a 计发月数 table but no rule for ages with months");
        }
        return new AnnuityTable(rows, holder.payload().annuityAgeRule(), holder.ref());
    }
}
