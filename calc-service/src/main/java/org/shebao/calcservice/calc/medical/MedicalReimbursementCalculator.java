package org.shebao.calcservice.calc.medical;

import static org.shebao.calcservice.calc.InputChecks.nonNegative;
import static org.shebao.calcservice.calc.InputChecks.nonNegativeOr;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.util.List;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.ProgressiveScale;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.medical.OutOfAreaTerms.Terms;
import org.shebao.calcservice.calc.medical.ReimbursementRequest.Costs;
import org.shebao.contract.payload.AssistanceStatus;
import org.shebao.contract.payload.Band;
import org.shebao.contract.payload.BenefitSchedule;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.HospitalLevelRule;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.OutpatientRule;
import org.shebao.contract.payload.Rounding;

/**
 * 医保报销 of one claim under the insured region's MEDICAL_BENEFIT policy (参保地政策; the costs are already split by
 * the treatment region's catalogue, 就医地目录):
 * <ol>
 * <li>政策范围内费用 = 甲类 + 乙类 × (1 − 乙类先行自付比例);</li>
 * <li>统筹基金 = Σ over the bands of [起付线, 政策范围内费用] of (rate − 异地 reduction, at least 0), capped at the
 * annual cap minus what the fund paid this year;</li>
 * <li>大病保险 on the patient's compliant burden (政策范围内费用 − 统筹基金), cumulative over the year
 * ({@link SeriousIllnessCalculator});</li>
 * <li>the patient pays the rest of all costs, 自费 included.</li>
 * </ol>
 * Fund and 大病保险 payments are rounded once, to the 分 half up (the payload states no other rounding).
 */
public final class MedicalReimbursementCalculator {

    /** The deductible, bands and cap that apply to one visit type. */
    private record VisitTerms(BigDecimal deductible, List<Band> bands, BigDecimal annualCap) {
    }

    private MedicalReimbursementCalculator() {
    }

    public static ReimbursementResult calculate(ReimbursementRequest request,
            SourcedPolicy<MedicalBenefitPolicy> insured, SourcedPolicy<MedicalBenefitPolicy> national,
            SourcedPolicy<GuidePolicy> guide) {
        return calculate(request, insured, national, guide, Trace.NONE);
    }

    /**
     * @param insured  the insured region's version (参保地)
     * @param national the national version with the maximum 异地 reductions; needed only when the insured region
     *                 publishes no reduction for the filing
     * @param guide    the insured region's GUIDE version, for next steps; may be null
     * @throws InvalidInputException on missing or negative inputs (fields "costs.classA", "hospitalLevel", …)
     * @throws PolicyGapException    when the policy lacks the schedule, the terms of the visit type or hospital level,
     *                               the 乙类 share for class-B costs, or any 异地 reduction
     */
    public static ReimbursementResult calculate(ReimbursementRequest request,
            SourcedPolicy<MedicalBenefitPolicy> insured, SourcedPolicy<MedicalBenefitPolicy> national,
            SourcedPolicy<GuidePolicy> guide, Trace trace) {
        Costs costs = validate(request);
        BigDecimal fundPaid = nonNegativeOr("fundPaidThisYear", request.fundPaidThisYear(), BigDecimal.ZERO);
        BigDecimal priorBurden = nonNegativeOr("personalBurdenThisYear", request.personalBurdenThisYear(),
                BigDecimal.ZERO);
        PolicyRef ref = insured.ref();
        BenefitSchedule schedule = insured.payload().schedule(request.scheme(), request.memberStatus());
        if (schedule == null) {
            throw new PolicyGapException(ref.label() + " has no benefit terms for " + request.scheme() + "/"
                    + request.memberStatus());
        }
        Status status = new Status();
        VisitTerms visit = request.visitType() == VisitType.INPATIENT
                ? inpatient(schedule, request, ref)
                : outpatient(schedule, fundPaid, ref, status);
        Terms place = Boolean.TRUE.equals(request.sameRegion()) ? OutOfAreaTerms.local()
                : OutOfAreaTerms.outOfArea(filing(request), insured, national, guide, status, trace);

        BigDecimal eligible = eligibleCost(costs, schedule, ref, trace);
        BigDecimal reduction = place.reductionPoints();
        BigDecimal ratio = reduced(ProgressiveScale.rateAt(visit.bands(), visit.deductible()), reduction);
        BigDecimal exactFund = place.fundPays()
                ? ProgressiveScale.apply(visit.bands(), visit.deductible(), eligible, rate -> reduced(rate, reduction))
                : BigDecimal.ZERO;
        BigDecimal capLeft = visit.annualCap().subtract(fundPaid).max(BigDecimal.ZERO);
        boolean capReached = place.fundPays() && exactFund.compareTo(capLeft) >= 0;
        BigDecimal fund = Rounding.FEN_HALF_UP.apply(exactFund.min(capLeft));
        trace.step("fund payment", "min(Σ bands over [deductible, eligibleCost] × max(0, rate − reduction), "
                + "annualCap − fundPaidThisYear)", fund, in -> in
                        .calculated("eligibleCost", eligible)
                        .policy("deductible", visit.deductible(), ref)
                        .policy("bands", visit.bands(), ref)
                        .calculated("reductionPoints", reduction)
                        .policy("annualCap", visit.annualCap(), ref)
                        .request("fundPaidThisYear", fundPaid));

        BigDecimal seriousIllness = seriousIllness(schedule, request, priorBurden, place.fundPays()
                ? eligible.subtract(fund) : BigDecimal.ZERO, ref, status, trace);
        BigDecimal patient = costs.classA().add(costs.classB()).add(costs.selfPay()).subtract(fund)
                .subtract(seriousIllness);
        return new ReimbursementResult(eligible, visit.deductible(), ratio, reduction, fund, capReached,
                seriousIllness, patient, place.directSettlement(), place.nextSteps(), status.report());
    }

    private static Costs validate(ReimbursementRequest request) {
        required("sameRegion", request.sameRegion());
        required("scheme", request.scheme());
        required("memberStatus", request.memberStatus());
        required("visitType", request.visitType());
        Costs costs = required("costs", request.costs());
        nonNegative("costs.classA", costs.classA());
        nonNegative("costs.classB", costs.classB());
        nonNegative("costs.selfPay", costs.selfPay());
        if (request.admissionNumberThisYear() != null && request.admissionNumberThisYear() < 1) {
            throw new InvalidInputException("admissionNumberThisYear", "must be at least 1");
        }
        return costs;
    }

    private static FilingType filing(ReimbursementRequest request) {
        return request.filing() == null ? FilingType.NONE : request.filing();
    }

    private static VisitTerms inpatient(BenefitSchedule schedule, ReimbursementRequest request, PolicyRef ref) {
        Integer level = required("hospitalLevel", request.hospitalLevel());
        if (level < 1 || level > 3) {
            throw new InvalidInputException("hospitalLevel", "must be 1, 2 or 3, was " + level);
        }
        if (schedule.inpatient() == null) {
            throw new PolicyGapException(ref.label() + " has no inpatient terms for " + schedule.scheme() + "/"
                    + schedule.memberStatus());
        }
        HospitalLevelRule terms = schedule.inpatient().level(level);
        if (terms == null) {
            throw new PolicyGapException(ref.label() + " has no inpatient terms for hospital level " + level);
        }
        int admission = request.admissionNumberThisYear() == null ? 1 : request.admissionNumberThisYear();
        return new VisitTerms(terms.deductibleFor(admission), terms.bands(), schedule.inpatient().annualFundCap());
    }

    /**
     * 门诊统筹 has one rate above an annual deductible. What was spent toward that deductible earlier in the year is not
     * an input: a fund payment this year means it was met, otherwise it applies in full.
     */
    private static VisitTerms outpatient(BenefitSchedule schedule, BigDecimal fundPaid, PolicyRef ref,
            Status status) {
        OutpatientRule terms = schedule.outpatient();
        if (terms == null) {
            throw new PolicyGapException(ref.label() + " has no outpatient terms for " + schedule.scheme() + "/"
                    + schedule.memberStatus());
        }
        BigDecimal deductible = fundPaid.signum() > 0 ? BigDecimal.ZERO : terms.annualDeductible();
        if (fundPaid.signum() == 0 && deductible.signum() > 0) {
            status.add(StatusCode.OUTPATIENT_DEDUCTIBLE_ASSUMED, "deductible", "门诊年度起付线按全额计算：不知本年度此前已"
                    + "累计的起付费用", "the annual outpatient deductible is applied in full: spending toward it earlier"
                    + " this year is not known");
        }
        return new VisitTerms(deductible, List.of(new Band(BigDecimal.ZERO, terms.rate())), terms.annualCap());
    }

    private static BigDecimal eligibleCost(Costs costs, BenefitSchedule schedule, PolicyRef ref, Trace trace) {
        BigDecimal share = schedule.classBSelfPayShare();
        if (share == null && costs.classB().signum() > 0) {
            throw new PolicyGapException(ref.label() + " publishes no 乙类先行自付比例 for " + schedule.scheme() + "/"
                    + schedule.memberStatus() + ", needed for class-B costs");
        }
        BigDecimal eligible = share == null ? costs.classA()
                : costs.classA().add(costs.classB().multiply(BigDecimal.ONE.subtract(share)));
        trace.step("eligible cost", "classA + classB × (1 − classBSelfPayShare)", eligible, in -> in
                .request("costs.classA", costs.classA())
                .request("costs.classB", costs.classB())
                .policy("classBSelfPayShare", share, ref));
        return eligible;
    }

    private static BigDecimal reduced(BigDecimal rate, BigDecimal reduction) {
        return rate.subtract(reduction).max(BigDecimal.ZERO);
    }

    private static BigDecimal seriousIllness(BenefitSchedule schedule, ReimbursementRequest request,
            BigDecimal priorBurden, BigDecimal burden, PolicyRef ref, Status status, Trace trace) {
        if (schedule.seriousIllness() == null) {
            status.add(StatusCode.NO_SERIOUS_ILLNESS_TERMS, "seriousIllnessPayment", ref.label() + " 未公布 "
                    + schedule.scheme() + "/" + schedule.memberStatus() + " 的大病保险待遇；未计入", ref.label()
                    + " publishes no 大病保险 terms for " + schedule.scheme() + "/" + schedule.memberStatus()
                    + "; none is included");
            return BigDecimal.ZERO;
        }
        AssistanceStatus assistance = request.assistanceStatus() == null ? AssistanceStatus.NONE
                : request.assistanceStatus();
        SeriousIllnessCalculator.Result result = SeriousIllnessCalculator.payment(schedule.seriousIllness(), assistance,
                priorBurden, burden, ref, trace);
        status.include(result.status(), "");
        return result.payment();
    }
}
