package org.shebao.calcservice.calc.guide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.guide.OutOfAreaGuide.RatioBasis;
import org.shebao.calcservice.calc.guide.OutOfAreaGuide.RatioChange;
import org.shebao.contract.Region;
import org.shebao.contract.CareScope;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.GuideProcedure;
import org.shebao.contract.payload.OutOfAreaRule;
import org.shebao.contract.payload.OutOfAreaSituation;
import org.shebao.contract.payload.ProcedureType;

/**
 * Composes the 异地就医 guidance from the insured region's guides (nearest first: its own, its province's, the
 * nation's) and its MEDICAL_BENEFIT 异地 rule. A procedure is taken from the nearest guide that documents it for the
 * scope; the national guide covers 跨省 care only, so 省内 care without a regional guide has no filing procedure rather
 * than the 跨省 one.
 */
public final class OutOfAreaGuideCalculator {

    /**
     * @param insuredPoolingAreaCode   the 统筹区 of the insured region
     * @param treatmentPoolingAreaCode the 统筹区 of the place of treatment
     */
    public record Request(String insuredRegionCode, String treatmentRegionCode, OutOfAreaSituation situation,
            LocalDate date, CareScope scope, String insuredPoolingAreaCode, String treatmentPoolingAreaCode) {
    }

    private OutOfAreaGuideCalculator() {
    }

    /**
     * @param guides   the insured region's GUIDE versions along its chain, nearest first
     * @param insured  the nearest MEDICAL_BENEFIT 异地 rule of the insured region below the nation; may be null
     * @param national the nation's MEDICAL_BENEFIT with the maximum reductions; may be null
     */
    public static OutOfAreaGuide calculate(Request request, List<GuideVersion> guides, BenefitTerms insured,
            BenefitTerms national) {
        Status status = new Status();
        OutOfAreaSituation situation = request.situation();
        FilingType filingType = situation.filingType();
        if (request.scope() == CareScope.LOCAL) {
            return new OutOfAreaGuide(request.insuredRegionCode(), request.treatmentRegionCode(), situation,
                    request.date(), CareScope.LOCAL, request.insuredPoolingAreaCode(),
                    request.treatmentPoolingAreaCode(), filingType, false,
                    new GuideStep.Rule(true, null, "同一统筹区内就医不属于异地就医，无需备案，在定点医药机构直接结算", null),
                    null, new RatioChange(BigDecimal.ZERO, RatioBasis.LOCAL_CARE, "本地就医，不降低支付比例", null), null,
                    status.report());
        }
        GuideStep filing = find(guides, g -> g.filing(situation, request.scope()), "filing",
                filingType + " 备案" + (situation.name().equals(filingType.name()) ? "" : "（" + situation + "）"),
                request, status);
        GuideStep claim = find(guides, g -> g.first(ProcedureType.MANUAL_REIMBURSEMENT, request.scope()),
                "manualClaim", "零星（手工）报销", request, status);
        GuideStep.Rule direct = filing == null ? null : filing.directSettlement();
        status.unknownIfNull("directSettlement", direct, StatusCode.PROCEDURE_NOT_DOCUMENTED);
        RatioChange ratio = request.scope() == CareScope.CROSS_PROVINCE
                ? crossProvince(filingType, insured, national, status)
                : withinProvince(filingType, insured, status);
        return new OutOfAreaGuide(request.insuredRegionCode(), request.treatmentRegionCode(), situation, request.date(),
                request.scope(), request.insuredPoolingAreaCode(), request.treatmentPoolingAreaCode(), filingType,
                situation != OutOfAreaSituation.EMERGENCY, direct, filing, ratio, claim, status.report());
    }

    private static GuideStep find(List<GuideVersion> guides, Function<GuidePolicy, GuideProcedure> lookup,
            String field, String what, Request request, Status status) {
        CareScope scope = request.scope();
        for (GuideVersion version : guides) {
            GuideProcedure procedure = lookup.apply(version.guide());
            if (procedure != null) {
                if (version.source() == GuideSource.NATIONAL && !Region.NATION.equals(request.insuredRegionCode())) {
                    status.add(StatusCode.NATIONAL_GUIDE_USED, field, "参保地未公布“" + what + "”的办理指南；按国家规定（"
                            + version.ref().label() + "）说明，参保地可能另有要求", "the insured region publishes no guide"
                            + " for \"" + what + "\"; the national one (" + version.ref().label() + ") is given, and the"
                            + " insured region may ask for more");
                }
                return GuideStep.of(version, procedure);
            }
        }
        status.unknown(field, StatusCode.PROCEDURE_NOT_DOCUMENTED);
        status.add(StatusCode.PROCEDURE_NOT_DOCUMENTED, field, "没有 GUIDE 说明" + scopeZh(scope) + "“" + what
                + "”的办理流程（国家规定只涵盖跨省异地就医）", "no GUIDE documents \"" + what + "\" for " + scope
                + " care (the national guide covers cross-province care only)");
        return null;
    }

    private static RatioChange crossProvince(FilingType filing, BenefitTerms insured, BenefitTerms national,
            Status status) {
        Map<FilingType, BigDecimal> own = insured == null ? null : insured.rule().reductionPoints();
        if (own != null && own.containsKey(filing)) {
            BigDecimal points = own.get(filing);
            return new RatioChange(points, RatioBasis.INSURED_REGION, "跨省" + filing + "：参保地支付比例降低 "
                    + Money.text(points.movePointRight(2)) + " 个百分点", insured.citation());
        }
        Map<FilingType, BigDecimal> maxima = national == null ? null : national.rule().maximumReductionPoints();
        if (maxima == null) {
            status.unknown("expectedRatioChange.reductionPoints", StatusCode.NATIONAL_REDUCTION_USED);
            return new RatioChange(null, null, "参保地和国家的降幅均未公布", null);
        }
        // 长期居住 has no national maximum: "执行参保地规定的本地就医时的标准".
        BigDecimal points = maxima.getOrDefault(filing, BigDecimal.ZERO);
        status.add(StatusCode.NATIONAL_REDUCTION_USED, "expectedRatioChange", "参保地未公布跨省 " + filing
                + " 的支付比例降幅；给出国家规定的最高降幅 " + Money.text(points.movePointRight(2)) + " 个百分点（实际降幅可能更小）",
                "the insured region publishes no cross-province reduction for " + filing + "; the national maximum of "
                        + Money.text(points.movePointRight(2)) + " points is given (the actual reduction may be smaller)");
        return new RatioChange(points, RatioBasis.NATIONAL_MAXIMUM, "跨省" + filing + "：支付比例降幅不超过 "
                + Money.text(points.movePointRight(2)) + " 个百分点", national.citation());
    }

    private static RatioChange withinProvince(FilingType filing, BenefitTerms insured, Status status) {
        OutOfAreaRule rule = insured == null ? null : insured.rule();
        if (rule != null && Boolean.TRUE.equals(rule.withinProvinceSameAsLocal())) {
            return new RatioChange(BigDecimal.ZERO, RatioBasis.SAME_AS_LOCAL, "省内异地就医按本地标准支付", insured.citation());
        }
        Map<FilingType, BigDecimal> own = rule == null ? null : rule.withinProvinceReductionPoints();
        if (own != null && own.containsKey(filing)) {
            BigDecimal points = own.get(filing);
            return new RatioChange(points, RatioBasis.INSURED_REGION, "省内" + filing + "：参保地支付比例降低 "
                    + Money.text(points.movePointRight(2)) + " 个百分点", insured.citation());
        }
        status.unknown("expectedRatioChange.reductionPoints", StatusCode.WITHIN_PROVINCE_RULE_UNKNOWN);
        status.add(StatusCode.WITHIN_PROVINCE_RULE_UNKNOWN, "expectedRatioChange", "参保地未公布省内 " + filing
                + " 的支付比例降幅（跨省的国家最高降幅不适用于省内）", "the insured region publishes no within-province reduction"
                + " for " + filing + " (the national cross-province maxima do not apply within a province)");
        return new RatioChange(null, null, "省内异地就医的降幅由参保省规定，未公布", null);
    }

    private static String scopeZh(CareScope scope) {
        return scope == CareScope.WITHIN_PROVINCE ? "省内异地就医" : "跨省异地就医";
    }
}
