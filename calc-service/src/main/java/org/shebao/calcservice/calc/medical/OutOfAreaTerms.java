package org.shebao.calcservice.calc.medical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.medical.ReimbursementResult.NextStep;
import org.shebao.calcservice.calc.medical.ReimbursementResult.NextStepAction;
import org.shebao.contract.CareScope;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.GuideProcedure;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.OutOfAreaRule;
import org.shebao.contract.payload.OutOfAreaRule.UnfiledCare;
import org.shebao.contract.payload.OutOfAreaSituation;
import org.shebao.contract.payload.ProcedureType;

/**
 * 异地就医 terms of one claim (医保发〔2022〕22号: "就医地目录、参保地政策、就医地管理"): the insured region's ratio
 * reduction for the scope and the filing held, whether the hospital settles directly, and what to do about care that
 * was not filed.
 *
 * <p>跨省: the insured region's reduction, never above the national maximum; where it publishes none, the national
 * maximum applies with a caveat. 省内: the insured region's 省内 rule (paid as local care, or its own reductions); where
 * none is known the reduction is unknown (null) — the 跨省 figures are not used for it. Emergency care counts as filed.
 * Unfiled care is computed as 其他临时外出就医 (as if filed before discharge, or claimed by hand), because that is what
 * it becomes when the insured person regularises it.
 */
final class OutOfAreaTerms {

    /** Unfiled care is regularised as this filing. */
    static final FilingType UNFILED_AS = FilingType.TEMPORARY_OTHER;

    /**
     * @param reductionPoints null when the applicable rule is unknown
     * @param fundPays        false when the insured region allows neither 补办 nor a manual claim for unfiled care
     */
    record Terms(BigDecimal reductionPoints, boolean directSettlement, boolean fundPays, List<NextStep> nextSteps) {
    }

    private static final Terms LOCAL = new Terms(BigDecimal.ZERO, true, true, List.of());

    private OutOfAreaTerms() {
    }

    static Terms of(CareScope scope, FilingType filing, ClaimPolicies policies, Status status, Trace trace) {
        if (scope == CareScope.LOCAL) {
            return LOCAL;
        }
        if (scope == CareScope.WITHIN_PROVINCE && paidAsLocal(policies.withinProvince(), trace)) {
            return LOCAL;
        }
        FilingType treatedAs = filing == FilingType.NONE ? UNFILED_AS : filing;
        BigDecimal reduction = scope == CareScope.WITHIN_PROVINCE
                ? withinProvinceReduction(treatedAs, policies, status, trace)
                : crossProvinceReduction(treatedAs, policies, status, trace);
        if (filing != FilingType.NONE) {
            return new Terms(reduction, true, true, List.of());
        }
        // The national rule on unfiled care (医保发〔2022〕22号) is about 跨省 care.
        SourcedPolicy<MedicalBenefitPolicy> insured = policies.insured();
        UnfiledCare unfiled = unfiledCare(insured, scope == CareScope.CROSS_PROVINCE ? policies.national() : null);
        SourcedPolicy<GuidePolicy> guide = policies.guide();
        List<NextStep> steps = new ArrayList<>();
        boolean fundPays = true;
        if (unfiled == null) {
            steps.add(step(NextStepAction.FILE, guide, scope, status, null));
            status.add(StatusCode.NO_UNFILED_CARE_RULE, "filing", "未备案：未公布未备案就医的规定；金额按出院前补办 "
                    + UNFILED_AS + " 备案计算", "not filed: no rule on unfiled care is published; amounts assume the care"
                    + " is filed as " + UNFILED_AS + " before discharge");
        } else {
            if (unfiled.filingBeforeDischargeAllowed()) {
                steps.add(step(NextStepAction.FILE_BEFORE_DISCHARGE, guide, scope, status, null));
            }
            if (unfiled.manualClaimAllowed()) {
                steps.add(step(NextStepAction.MANUAL_CLAIM, guide, scope, status,
                        unfiled.claimWithinMonths()));
            }
            fundPays = !steps.isEmpty();
            if (fundPays) {
                status.add(StatusCode.NOT_FILED, "filing", "未备案：不能直接结算；金额按出院前补办 " + UNFILED_AS
                        + " 备案或按同样标准手工报销计算", "not filed: no direct settlement; amounts assume the care is filed"
                        + " as " + UNFILED_AS + " before discharge, or claimed by hand on the same terms");
            } else {
                status.add(StatusCode.NOT_FILED, "filing", "未备案：" + insured.ref().label() + " 既不允许出院前补办备案，"
                        + "也不允许手工报销；基金不予支付", "not filed: " + insured.ref().label() + " allows neither filing"
                        + " before discharge nor a manual claim; the fund pays nothing");
            }
        }
        return new Terms(reduction, false, fundPays, List.copyOf(steps));
    }

    private static boolean paidAsLocal(SourcedPolicy<MedicalBenefitPolicy> rule, Trace trace) {
        OutOfAreaRule outOfArea = rule == null ? null : rule.payload().outOfArea();
        boolean asLocal = outOfArea != null && Boolean.TRUE.equals(outOfArea.withinProvinceSameAsLocal());
        if (asLocal) {
            trace.step("out-of-area reduction", "省内 care is paid as local care", BigDecimal.ZERO, in -> in
                    .policy("withinProvinceSameAsLocal", true, rule.ref()));
        }
        return asLocal;
    }

    private static BigDecimal withinProvinceReduction(FilingType filing, ClaimPolicies policies, Status status,
            Trace trace) {
        SourcedPolicy<MedicalBenefitPolicy> rule = policies.withinProvince();
        Map<FilingType, BigDecimal> published = rule == null || rule.payload().outOfArea() == null ? null
                : rule.payload().outOfArea().withinProvinceReductionPoints();
        if (published != null && published.containsKey(filing)) {
            BigDecimal points = published.get(filing);
            trace(trace, filing, points, "insured region's 省内 reduction", rule.ref());
            return points;
        }
        String label = policies.insured().ref().label();
        status.add(StatusCode.WITHIN_PROVINCE_RULE_UNKNOWN, "reductionPoints", "省内异地就医：未知 " + label + " 所在省对 "
                + filing + " 的省内支付比例规定；比例和基金支付未知（不套用跨省标准）", "care elsewhere in the province: the "
                + "省内 rule for " + filing + " of " + label + "'s province is not known, so the ratio and the fund "
                + "payment are unknown (the 跨省 figures do not apply)");
        return null;
    }

    private static BigDecimal crossProvinceReduction(FilingType filing, ClaimPolicies policies, Status status,
            Trace trace) {
        SourcedPolicy<MedicalBenefitPolicy> insured = policies.insured();
        SourcedPolicy<MedicalBenefitPolicy> national = policies.national();
        Map<FilingType, BigDecimal> maxima = national == null || national.payload().outOfArea() == null ? null
                : national.payload().outOfArea().maximumReductionPoints();
        Map<FilingType, BigDecimal> published = insured.payload().outOfArea() == null ? null
                : insured.payload().outOfArea().reductionPoints();
        if (published != null && published.containsKey(filing)) {
            BigDecimal points = published.get(filing);
            BigDecimal maximum = maxima == null ? null : maxima.get(filing);
            if (maximum != null && points.compareTo(maximum) > 0) {
                trace(trace, filing, maximum, "insured region's reduction " + Money.text(points)
                        + ", capped at the national maximum", national.ref());
                return maximum;
            }
            trace(trace, filing, points, "insured region's reduction", insured.ref());
            return points;
        }
        if (maxima == null) {
            throw new PolicyGapException(insured.ref().label() + " publishes no 异地就医 reduction for " + filing
                    + " and no national maximum is known");
        }
        // A filing the nation sets no maximum for (长期居住: "执行参保地规定的本地就医时的标准") is not reduced.
        BigDecimal points = maxima.getOrDefault(filing, BigDecimal.ZERO);
        status.add(StatusCode.NATIONAL_REDUCTION_USED, "reductionPoints", insured.ref().label() + " 未公布 " + filing
                + " 的异地就医支付比例降幅；按 " + national.ref().label() + " 的最高降幅 " + Money.text(points.movePointRight(2))
                + " 个百分点计算", insured.ref().label() + " publishes no 异地就医 reduction for " + filing + "; used the"
                + " national maximum of " + Money.text(points.movePointRight(2)) + " points from "
                + national.ref().label());
        trace(trace, filing, points, "national maximum (insured region publishes none)", national.ref());
        return points;
    }

    private static void trace(Trace trace, FilingType filing, BigDecimal points, String formula, PolicyRef ref) {
        trace.step("out-of-area reduction", formula, points, in -> in
                .request("filing", filing)
                .policy("reductionPoints", points, ref));
    }

    private static UnfiledCare unfiledCare(SourcedPolicy<MedicalBenefitPolicy> insured,
            SourcedPolicy<MedicalBenefitPolicy> national) {
        OutOfAreaRule own = insured.payload().outOfArea();
        if (own != null && own.unfiledCare() != null) {
            return own.unfiledCare();
        }
        OutOfAreaRule nationwide = national == null ? null : national.payload().outOfArea();
        return nationwide == null ? null : nationwide.unfiledCare();
    }

    /** A step with the guide's procedure for the scope of the care: a 跨省 procedure never stands in for 省内 care. */
    private static NextStep step(NextStepAction action, SourcedPolicy<GuidePolicy> guide, CareScope scope,
            Status status, Integer withinMonths) {
        GuideProcedure procedure = guide == null ? null : action == NextStepAction.MANUAL_CLAIM
                ? guide.payload().first(ProcedureType.MANUAL_REIMBURSEMENT, scope)
                : guide.payload().filing(OutOfAreaSituation.TEMPORARY_OTHER, scope);
        String title = switch (action) {
            case FILE -> "办理异地就医备案（其他临时外出就医）";
            case FILE_BEFORE_DISCHARGE -> "出院结算前补办异地就医备案（其他临时外出就医）";
            case MANUAL_CLAIM -> "回参保地申请零星（手工）报销";
        };
        if (procedure == null) {
            status.add(StatusCode.PROCEDURE_NOT_DOCUMENTED, "nextSteps", "未列出材料和渠道：没有 GUIDE 说明“" + title
                    + "”的办理流程", "materials and channels not listed: no GUIDE procedure documents \"" + title + "\"");
            return new NextStep(action, title, List.of(), List.of(), withinMonths, List.of());
        }
        List<String> notes = new ArrayList<>(procedure.notes() == null ? List.of() : procedure.notes());
        if (procedure.validity() != null && procedure.validity().note() != null) {
            notes.add(procedure.validity().note());
        }
        // Guides with per-item rules state these as rules rather than notes.
        for (GuideProcedure.Term rule : Arrays.asList(procedure.filingAfterAdmission(), procedure.claimDeadline())) {
            if (rule != null) {
                notes.add(rule.text());
            }
        }
        return new NextStep(action, title + "：" + procedure.title(), procedure.materials().stream()
                .map(OutOfAreaTerms::material).toList(),
                procedure.channels() == null ? List.of() : procedure.channels(), withinMonths, List.copyOf(notes));
    }

    private static String material(GuideProcedure.Material material) {
        return material.name()
                + (material.alternativeTo() == null ? "" : "（可代替" + material.alternativeTo() + "）")
                + (material.required() ? "" : "（非必需）");
    }
}
