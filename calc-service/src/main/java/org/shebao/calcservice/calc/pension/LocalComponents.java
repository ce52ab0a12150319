package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.pension.PensionParameters.Parameter;
import org.shebao.contract.payload.PensionComponent;

/**
 * The region's local pension components ({@link PensionComponent}: 加发, 补贴, 北京 G实, 四川 增发, 上海 虚账实记), each
 * by its type's formula. One whose input is unknown is null and named in the unknown figures, never 0.
 */
final class LocalComponents {

    /**
     * What the components are computed from.
     *
     * @param indexedWage       本人指数化月平均缴费工资 (given, or 计发基数 × 平均缴费指数)
     * @param transitionalIndex the index of the region's transitional pension
     * @param notionalBalance   上海 虚账实记 balance; null when not given
     * @param basicWage         the basic pension's wage, (计发基数 × a + indexedWage) ÷ 2; null when unknown
     * @param place             where the pension is assessed, the most local region first
     */
    record Inputs(Parameter calculationBase, BigDecimal indexedWage, BigDecimal averageIndex,
            TransitionalIndexChoice transitionalIndex, PersonYears years, BigDecimal notionalBalance,
            BigDecimal basicWage, List<String> place, PensionParameters parameters) {
    }

    private LocalComponents() {
    }

    /** @param round the policy's rounding of each part */
    static List<PensionResult.Component> calculate(Inputs inputs, UnaryOperator<BigDecimal> round, Status status,
            Trace trace) {
        List<PensionComponent> components = inputs.parameters().components();
        List<PensionResult.Component> amounts = new ArrayList<>(components.size());
        for (int i = 0; i < components.size(); i++) {
            PensionComponent component = components.get(i);
            String field = "components[" + i + "].amount";
            Boolean applies = appliesTo(component, inputs);
            if (Boolean.FALSE.equals(applies)) {
                amounts.add(new PensionResult.Component(component.label(), component.type(), BigDecimal.ZERO));
                continue;
            }
            if (component.type() == PensionComponent.Type.NOT_MODELLED) {
                status.add(StatusCode.COMPONENT_NOT_MODELLED, field, component.label() + "：" + component.note()
                        + "；其计算办法未收录，金额未知", component.label() + ": " + component.note() + "; its formula is"
                        + " not in the data, so its amount is unknown");
                status.unknown(field, StatusCode.COMPONENT_NOT_MODELLED);
                amounts.add(new PensionResult.Component(component.label(), component.type(), null));
                continue;
            }
            if (applies == null) {
                InputNotGiven.report(status, "deemedYears", component.label(), component.label());
                status.unknown(field, StatusCode.INPUT_NOT_GIVEN);
                amounts.add(new PensionResult.Component(component.label(), component.type(), null));
                continue;
            }
            BigDecimal amount = round.apply(amount(component, field, inputs, status, trace));
            if (amount == null) {
                status.unknown(field, StatusCode.INPUT_NOT_GIVEN);
            }
            amounts.add(new PensionResult.Component(component.label(), component.type(), amount));
        }
        return amounts;
    }

    private static BigDecimal amount(PensionComponent component, String field, Inputs inputs, Status status,
            Trace trace) {
        BigDecimal years = component.years() == null ? null : years(component, inputs, status);
        if (component.years() != null && years == null) {
            InputNotGiven.report(status, PersonYears.requestField(component.years()), component.label(),
                    component.label());
            return null;
        }
        BigDecimal amount = switch (component.type()) {
            case FIXED -> component.amount();
            case PER_YEAR -> component.amount().multiply(years);
            case BASE_INDEX_YEARS -> {
                if (years.signum() == 0) {
                    yield BigDecimal.ZERO; // no years: the index, perhaps unknown, does not matter
                }
                BigDecimal index = component.index() == PensionComponent.Index.AVERAGE ? inputs.averageIndex()
                        : inputs.transitionalIndex().value();
                yield index == null ? null
                        : inputs.calculationBase().value().multiply(index).multiply(years).multiply(component.rate());
            }
            case INDEXED_WAGE_YEARS -> inputs.indexedWage().multiply(years).multiply(component.rate());
            case BASIC_WAGE_YEAR_BANDS -> inputs.basicWage() == null ? null
                    : inputs.basicWage().multiply(bandedYears(component.yearBands(), years));
            case NOT_MODELLED -> null;
            case NOTIONAL_ACCOUNT -> {
                if (inputs.notionalBalance() == null) {
                    InputNotGiven.report(status, "notionalAccountBalance", component.label(), component.label());
                    yield null;
                }
                yield inputs.notionalBalance().divide(component.divisor(), Money.DIVISION);
            }
        };
        trace.step("component", formula(component.type()), amount, in -> in
                .policy("label", component.label(), inputs.parameters().regional())
                .policy("type", component.type(), inputs.parameters().regional())
                .policy("amount", component.amount(), inputs.parameters().regional())
                .policy("rate", component.rate(), inputs.parameters().regional())
                .policy("divisor", component.divisor(), inputs.parameters().regional())
                .policy("yearBands", component.yearBands(), inputs.parameters().regional())
                .calculated("basicWage", component.yearBands() == null ? null : inputs.basicWage())
                .calculated("years", years)
                .calculated("field", field));
        return amount;
    }

    /**
     * Whether the part applies: not outside the regions it is limited to, not to a person whose actual years do not
     * exceed its threshold, nor (NOT_MODELLED) to one known to have none of its years. Null when the actual years
     * needed to tell are unknown.
     */
    private static Boolean appliesTo(PensionComponent component, Inputs inputs) {
        if (component.onlyIn() != null && component.onlyIn().stream().noneMatch(inputs.place()::contains)) {
            return false;
        }
        if (component.actualYearsAbove() != null) {
            BigDecimal actual = inputs.years().of(PensionComponent.Years.ACTUAL, new Status());
            if (actual == null) {
                return component.type() == PensionComponent.Type.NOT_MODELLED ? Boolean.TRUE : null;
            }
            if (actual.compareTo(component.actualYearsAbove()) <= 0) {
                return false;
            }
        }
        if (component.type() != PensionComponent.Type.NOT_MODELLED || component.years() == null) {
            return true;
        }
        BigDecimal years = inputs.years().of(component.years(), new Status());
        return years == null || years.signum() > 0;
    }

    /** Σ rate × the years within each band (from its start to the next band's). */
    private static BigDecimal bandedYears(List<PensionComponent.YearBand> bands, BigDecimal years) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal from = bands.get(i).above();
            BigDecimal within = years.subtract(from).max(BigDecimal.ZERO);
            if (i + 1 < bands.size()) {
                within = within.min(bands.get(i + 1).above().subtract(from));
            }
            total = total.add(bands.get(i).rate().multiply(within));
        }
        return total;
    }

    /** The years the component counts, floored to whole years where it says so (17.75 → 17). */
    private static BigDecimal years(PensionComponent component, Inputs inputs, Status status) {
        BigDecimal years = inputs.years().of(component.years(), status);
        return years != null && component.floorsYears() ? years.setScale(0, RoundingMode.FLOOR) : years;
    }

    private static String formula(PensionComponent.Type type) {
        return switch (type) {
            case FIXED -> "amount";
            case PER_YEAR -> "amount × years";
            case BASE_INDEX_YEARS -> "calculationBase × index × years × rate";
            case INDEXED_WAGE_YEARS -> "indexedWage × years × rate";
            case NOTIONAL_ACCOUNT -> "notionalAccountBalance ÷ divisor";
            case BASIC_WAGE_YEAR_BANDS -> "basicWage × Σ rate × years in each band";
            case NOT_MODELLED -> "not in the data";
        };
    }
}
