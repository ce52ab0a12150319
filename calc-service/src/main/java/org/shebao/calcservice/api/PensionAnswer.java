package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.pension.Assumption;
import org.shebao.calcservice.calc.pension.BaseStatus;
import org.shebao.calcservice.calc.pension.ParametersSource;
import org.shebao.calcservice.calc.pension.PensionEligibility;
import org.shebao.calcservice.calc.pension.PensionEstimate;
import org.shebao.calcservice.calc.pension.PensionResult;
import org.shebao.calcservice.calc.pension.RetirementYearBase;
import org.shebao.calcservice.calc.retirement.CategoryResolution;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.contract.payload.PensionComponent;
import org.shebao.contract.payload.ReachMinimum;

/**
 * 基本养老金 = 基础养老金 + 个人账户养老金 + 过渡性养老金 (+ local components), monthly, at retirement. Also the pension of
 * each projection scenario, there without {@code regionCode} and {@code category}. {@code transitional}, a component's
 * {@code amount} and {@code total} are null when an input is unknown; the envelope's {@code unknown} names them.
 *
 * <p>Below the minimum contribution years ({@code eligibility.eligible: false}) nothing is payable: the amounts are
 * null (shown as null, not left out, and not in {@code unknown}: they are not payable) and the estimate at the minimum
 * years is under {@code ifMinimumReached}, of the same shape. {@code calculationBaseYear} and
 * {@code calculationBaseStatus} say which year's 计发基数 was used and whether it is published, 预发
 * ({@code PROVISIONAL}) or {@code PROJECTED}; both are absent when the caller gave the base. {@code assumptions} lists
 * what a projected base rests on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Pension estimate answer")
public record PensionAnswer(
        String regionCode,
        RetirementCategory category,
        CategoryMapping categoryMapping,
        @Schema(type = SchemaType.STRING, examples = "2025-07") YearMonth retirementMonth,
        Eligibility eligibility,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal basic,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal personalAccount,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal transitional,
        List<Component> components,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal total,
        @Schema(examples = "137.3") BigDecimal annuityMonths,
        BigDecimal calculationBase,
        @Schema(examples = "2025") Integer calculationBaseYear,
        BaseStatus calculationBaseStatus,
        ParametersSource parametersSource,
        List<Assumption> assumptions,
        PensionAnswer ifMinimumReached) {

    /**
     * 按月领取 needs the minimum contribution years of the retirement year.
     *
     * @param monthsMissing months short of the minimum, rounded up; 0 when eligible
     * @param ways          how the minimum can be reached (延长缴费; 一次性缴费 where the region permits it, UNKNOWN where
     *                      it does not say); empty when eligible
     */
    public record Eligibility(boolean eligible, BigDecimal minimumYears, int monthsMissing, List<Way> ways) {

        static Eligibility of(PensionEligibility.Eligibility eligibility) {
            return new Eligibility(eligibility.eligible(), eligibility.minimumYears(), eligibility.monthsMissing(),
                    eligibility.ways().stream().map(w -> new Way(w.way(), w.permitted(), w.note(),
                            w.policy().label())).toList());
        }
    }

    /** @param policy the version that states the way, or the region's that permits it; also in {@code policies[]} */
    public record Way(ReachMinimum.Way way, PensionEligibility.Permitted permitted, String note, String policy) {
    }

    /** One local component (加发, 补贴, G实, 增发, 虚账实记); {@code amount} null when unknown. */
    public record Component(String label, PensionComponent.Type type,
            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal amount) {
    }

    public static PensionAnswer of(String regionCode, PensionEstimate estimate) {
        RetirementYearBase.Choice base = estimate.base();
        return of(regionCode, estimate.category(), estimate.pension(), base == null ? null : base.year(),
                base == null ? null : base.status(), estimate.assumptions());
    }

    /** A projection scenario's pension. */
    static PensionAnswer of(PensionResult result, Integer baseYear, BaseStatus baseStatus) {
        return of(null, null, result, baseYear, baseStatus, null);
    }

    private static PensionAnswer of(String regionCode, CategoryResolution.Resolved category, PensionResult result,
            Integer baseYear, BaseStatus baseStatus, List<Assumption> assumptions) {
        return new PensionAnswer(regionCode, category == null ? null : category.category(),
                category == null ? null : CategoryMapping.of(category), result.retirementMonth(),
                Eligibility.of(result.eligibility()), result.basic(), result.personalAccount(), result.transitional(),
                result.components().stream().map(c -> new Component(c.label(), c.type(), c.amount())).toList(),
                result.total(), result.annuityMonths(), result.calculationBase(), baseYear, baseStatus,
                result.parametersSource(), assumptions == null || assumptions.isEmpty() ? null : assumptions,
                result.ifMinimumReached() == null ? null
                        : of(null, null, result.ifMinimumReached(), baseYear, baseStatus, null));
    }
}
