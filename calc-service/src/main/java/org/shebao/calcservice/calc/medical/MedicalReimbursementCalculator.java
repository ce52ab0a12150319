package org.shebao.calcservice.calc.medical;

import static org.shebao.calcservice.calc.InputChecks.nonNegative;
import static org.shebao.calcservice.calc.InputChecks.nonNegativeOr;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.ProgressiveScale;
import org.shebao.calcservice.calc.ProgressiveScale.Segment;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.medical.OutOfAreaTerms.Terms;
import org.shebao.calcservice.calc.medical.ReimbursementRequest.Costs;
import org.shebao.calcservice.calc.medical.ReimbursementRequest.YearToDate;
import org.shebao.calcservice.calc.medical.ReimbursementResult.PaidSegment;
import org.shebao.calcservice.calc.medical.ReimbursementResult.Payer;
import org.shebao.contract.payload.AssistanceStatus;
import org.shebao.contract.payload.Band;
import org.shebao.contract.payload.BenefitSchedule;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.HospitalLevelRule;
import org.shebao.contract.payload.InpatientRule;
import org.shebao.contract.payload.InpatientRule.BandsMeasure;
import org.shebao.contract.payload.LargeExpenseRule;
import org.shebao.contract.payload.OutpatientRule;
import org.shebao.contract.payload.Rounding;
import org.shebao.contract.payload.Scheme;

/**
 * 医保报销 of one claim under the insured region's MEDICAL_BENEFIT policy (参保地政策; the costs are already split by
 * the treatment region's catalogue, 就医地目录):
 * <ol>
 * <li>政策范围内费用 = 甲类 + 乙类 × (1 − 乙类先行自付比例);</li>
 * <li>统筹基金 = Σ over the bands of [起付线, 政策范围内费用] of (rate − 异地 reduction, at least 0), capped at the
 * annual cap minus what the fund paid this year; with annual bands (年度累计) the interval is moved up by the eligible
 * cost already incurred this year;</li>
 * <li>职工大额医疗费用补助 on the eligible cost above its threshold, or above the point where the fund's cap was
 * reached;</li>
 * <li>大病保险 on the patient's compliant burden (政策范围内费用 − 统筹基金 − 大额补助), cumulative over the year
 * ({@link SeriousIllnessCalculator});</li>
 * <li>the patient pays the rest of all costs, 自费 included.</li>
 * </ol>
 * Each payer's total is rounded once, to the 分 half up (the payload states no other rounding). Where the 异地 rule of
 * the scope is unknown, the payments are null and listed as unknown.
 */
public final class MedicalReimbursementCalculator {

    /**
     * The deductible, bands and cap that apply to one visit type; the fund pays over [origin + deductible, origin +
     * eligible cost] of the bands.
     */
    private record VisitTerms(BigDecimal deductible, List<Band> bands, BigDecimal annualCap, BigDecimal origin) {
    }

    /**
     * The fund's part: its segments, whether the cap limited them (null when the cap is unknown), and the eligible cost
     * above the point where the cap stopped it.
     */
    private record FundShare(List<Segment> segments, BigDecimal payment, Boolean capReached, BigDecimal aboveCap) {
    }

    private MedicalReimbursementCalculator() {
    }

    public static ReimbursementResult calculate(ReimbursementRequest request, ClaimPolicies policies) {
        return calculate(request, policies, Trace.NONE);
    }

    /**
     * A hospital level the table does not hold leaves the deductible, ratio and payments unknown (LEVEL_NOT_PUBLISHED).
     *
     * @throws InvalidInputException on missing, negative or inconsistent inputs, or a hospital level outside 1–3
     *                               (fields "costs.classA", "fundPaidThisYear", "hospitalLevel", …)
     * @throws PolicyGapException    when the policy lacks the schedule, the terms of the visit type, the 乙类 share for
     *                               class-B costs, or any 跨省 reduction
     */
    public static ReimbursementResult calculate(ReimbursementRequest request, ClaimPolicies policies, Trace trace) {
        Costs costs = validate(request);
        YearToDate year = yearToDate(request.yearToDate());
        PolicyRef ref = policies.insured().ref();
        BenefitSchedule schedule = policies.insured().payload().schedule(request.scheme(), request.memberStatus());
        if (schedule == null) {
            throw new PolicyGapException(ref.label() + " has no benefit terms for " + request.scheme() + "/"
                    + request.memberStatus());
        }
        Status status = new Status();
        VisitTerms visit = request.visitType() == VisitType.INPATIENT
                ? inpatient(schedule, request, year, ref, status)
                : outpatient(schedule, request.hospitalLevel(), year, ref, status);
        Terms place = OutOfAreaTerms.of(request.scope(), filing(request), policies, status, trace);
        BigDecimal eligible = eligibleCost(costs, schedule, ref, trace);
        BigDecimal total = costs.classA().add(costs.classB()).add(costs.selfPay());
        if (visit == null) {
            return unknownPayments(request, schedule, null, eligible, place, status, StatusCode.LEVEL_NOT_PUBLISHED);
        }
        BigDecimal reduction = place.reductionPoints();
        if (reduction == null) {
            return unknownPayments(request, schedule, visit.deductible(), eligible, place, status,
                    StatusCode.WITHIN_PROVINCE_RULE_UNKNOWN);
        }

        BigDecimal ratio = reduced(ProgressiveScale.rateAt(visit.bands(), visit.origin().add(visit.deductible())),
                reduction);
        FundShare fund = fund(visit, eligible, place, reduction, year, ref, status, trace);
        List<PaidSegment> segments = new ArrayList<>(paid(Payer.FUND, fund.segments()));
        BigDecimal largeExpense = largeExpense(schedule, eligible, fund, year, segments, ref, status, trace);
        BigDecimal burden = eligible.subtract(fund.payment()).subtract(zeroIfNull(largeExpense)).max(BigDecimal.ZERO);
        BigDecimal seriousIllness = seriousIllness(schedule, request, year, place.fundPays() ? burden
                : BigDecimal.ZERO, segments, ref, status, trace);
        BigDecimal patient = total.subtract(fund.payment()).subtract(zeroIfNull(largeExpense))
                .subtract(seriousIllness);
        return new ReimbursementResult(request.scope(), eligible, visit.deductible(), ratio, reduction,
                fund.payment(), fund.capReached(), largeExpense, seriousIllness, patient, List.copyOf(segments),
                place.directSettlement(), place.nextSteps(), status.report());
    }

    private static Costs validate(ReimbursementRequest request) {
        required("scope", request.scope());
        required("scheme", request.scheme());
        required("memberStatus", request.memberStatus());
        required("visitType", request.visitType());
        Costs costs = required("costs", request.costs());
        nonNegative("costs.classA", costs.classA());
        nonNegative("costs.classB", costs.classB());
        nonNegative("costs.selfPay", costs.selfPay());
        BigDecimal sum = costs.classA().add(costs.classB()).add(costs.selfPay());
        if (costs.total() != null && costs.total().compareTo(sum) != 0) {
            throw new InvalidInputException("costs.total", "must be classA + classB + selfPay = " + Money.text(sum)
                    + ", was " + Money.text(costs.total()));
        }
        if (request.admissionNumberThisYear() != null && request.admissionNumberThisYear() < 1) {
            throw new InvalidInputException("admissionNumberThisYear", "must be at least 1");
        }
        Integer level = request.hospitalLevel();
        if (level != null && (level < 1 || level > 3)) {
            throw new InvalidInputException("hospitalLevel", "must be 1, 2 or 3, was " + level);
        }
        return costs;
    }

    /** The year so far, every part ≥ 0 and the parts consistent with each other; unknown parts are 0. */
    private static YearToDate yearToDate(YearToDate given) {
        YearToDate year = given == null ? YearToDate.NONE : given;
        BigDecimal eligible = nonNegativeOr("eligibleCostThisYear", year.eligibleCost(), null);
        BigDecimal fund = nonNegativeOr("fundPaidThisYear", year.fundPaid(), BigDecimal.ZERO);
        BigDecimal large = nonNegativeOr("largeExpensePaidThisYear", year.largeExpensePaid(), BigDecimal.ZERO);
        BigDecimal burden = nonNegativeOr("personalBurdenThisYear", year.personalBurden(), BigDecimal.ZERO);
        BigDecimal serious = nonNegativeOr("seriousIllnessPaidThisYear", year.seriousIllnessPaid(), null);
        if (eligible != null) {
            notAbove("fundPaidThisYear", fund, "eligibleCostThisYear", eligible);
            notAbove("largeExpensePaidThisYear", large, "eligibleCostThisYear − fundPaidThisYear",
                    eligible.subtract(fund));
            notAbove("personalBurdenThisYear", burden, "eligibleCostThisYear − fundPaidThisYear − "
                    + "largeExpensePaidThisYear", eligible.subtract(fund).subtract(large));
        }
        if (serious != null && year.personalBurden() != null) {
            notAbove("seriousIllnessPaidThisYear", serious, "personalBurdenThisYear", burden);
        }
        return new YearToDate(eligible, fund, large, burden, serious);
    }

    private static void notAbove(String field, BigDecimal value, String limitName, BigDecimal limit) {
        if (value.compareTo(limit) > 0) {
            throw new InvalidInputException(field, "must not exceed " + limitName + " (" + Money.text(limit)
                    + "), was " + Money.text(value));
        }
    }

    private static FilingType filing(ReimbursementRequest request) {
        return request.filing() == null ? FilingType.NONE : request.filing();
    }

    private static VisitTerms inpatient(BenefitSchedule schedule, ReimbursementRequest request, YearToDate year,
            PolicyRef ref, Status status) {
        Integer level = required("hospitalLevel", request.hospitalLevel());
        InpatientRule rule = schedule.inpatient();
        if (rule == null) {
            throw new PolicyGapException(ref.label() + " has no inpatient terms for " + schedule.scheme() + "/"
                    + schedule.memberStatus());
        }
        HospitalLevelRule terms = rule.level(level);
        if (terms == null) {
            // every 统筹区 has hospitals of the three levels: a level missing from the table is one not found yet
            status.add(StatusCode.LEVEL_NOT_PUBLISHED, "hospitalLevel", ref.label() + " 仅收录 "
                    + levels(rule) + " 级医院的住院待遇，" + level + " 级医院的起付线和报销比例未知", ref.label()
                    + " holds inpatient terms for hospital levels " + levels(rule) + " only: the deductible and"
                    + " ratio at level " + level + " are unknown");
            return null;
        }
        int admission = request.admissionNumberThisYear() == null ? 1 : request.admissionNumberThisYear();
        BigDecimal origin = BigDecimal.ZERO;
        if (rule.measure() == BandsMeasure.ANNUAL_CUMULATIVE) {
            if (year.eligibleCost() == null && admission > 1) {
                status.add(StatusCode.ANNUAL_POSITION_ASSUMED, "eligibleCostThisYear", "年度累计分段：不知本年度此前的"
                        + "政策范围内费用，按本年度首笔费用计算", "annual bands: the eligible cost earlier this year is not "
                        + "known, so the claim is placed as the year's first");
            }
            origin = zeroIfNull(year.eligibleCost());
        }
        return new VisitTerms(terms.deductibleFor(admission), terms.bands(), rule.annualFundCap(), origin);
    }

    /**
     * 门诊统筹 has one rate (per hospital level where published) above an annual deductible. The eligible cost of the
     * year so far uses the deductible up; without it, a fund payment this year means it was met, otherwise it applies
     * in full.
     */
    private static VisitTerms outpatient(BenefitSchedule schedule, Integer hospitalLevel, YearToDate year,
            PolicyRef ref, Status status) {
        OutpatientRule terms = schedule.outpatient();
        if (terms == null) {
            throw new PolicyGapException(ref.label() + " has no outpatient terms for " + schedule.scheme() + "/"
                    + schedule.memberStatus());
        }
        BigDecimal deductible;
        if (year.eligibleCost() != null) {
            deductible = terms.annualDeductible().subtract(year.eligibleCost()).max(BigDecimal.ZERO);
        } else if (year.fundPaid().signum() > 0) {
            deductible = BigDecimal.ZERO;
        } else {
            deductible = terms.annualDeductible();
            if (deductible.signum() > 0) {
                status.add(StatusCode.OUTPATIENT_DEDUCTIBLE_ASSUMED, "deductible", "门诊年度起付线按全额计算：不知本年度"
                        + "此前已累计的起付费用", "the annual outpatient deductible is applied in full: spending toward it"
                        + " earlier this year is not known");
            }
        }
        return new VisitTerms(deductible, List.of(new Band(BigDecimal.ZERO, terms.rateAt(hospitalLevel))),
                terms.annualCap(), BigDecimal.ZERO);
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

    private static FundShare fund(VisitTerms visit, BigDecimal eligible, Terms place, BigDecimal reduction,
            YearToDate year, PolicyRef ref, Status status, Trace trace) {
        BigDecimal lower = visit.origin().add(visit.deductible());
        BigDecimal upper = visit.origin().add(eligible);
        List<Segment> uncapped = place.fundPays()
                ? ProgressiveScale.segments(visit.bands(), lower, upper, rate -> reduced(rate, reduction))
                : List.of();
        BigDecimal capLeft = visit.annualCap() == null ? null
                : visit.annualCap().subtract(year.fundPaid()).max(BigDecimal.ZERO);
        Boolean capReached = capLeft == null ? null
                : place.fundPays() && ProgressiveScale.total(uncapped).compareTo(capLeft) >= 0;
        if (capLeft == null) {
            status.add(StatusCode.FUND_CAP_UNKNOWN, "capReached", ref.label() + " 未以金额公布统筹基金年度最高支付限额；"
                    + "基金支付按未达限额计算", ref.label() + " states no annual fund cap as an amount; the fund payment "
                    + "assumes it is not reached");
            status.unknown("capReached", StatusCode.FUND_CAP_UNKNOWN);
        }
        List<Segment> segments = ProgressiveScale.capped(uncapped, capLeft);
        BigDecimal payment = Rounding.FEN_HALF_UP.apply(ProgressiveScale.total(segments));
        BigDecimal paidUpTo = segments.isEmpty() ? lower : segments.get(segments.size() - 1).to();
        BigDecimal aboveCap = Boolean.TRUE.equals(capReached)
                ? upper.subtract(paidUpTo.max(lower)).max(BigDecimal.ZERO) : BigDecimal.ZERO;
        trace.step("fund payment", "min(Σ bands over [origin + deductible, origin + eligibleCost] × max(0, rate − "
                + "reduction), annualCap − fundPaidThisYear)", payment, in -> in
                        .calculated("eligibleCost", eligible)
                        .calculated("origin", visit.origin())
                        .policy("deductible", visit.deductible(), ref)
                        .policy("bands", visit.bands(), ref)
                        .calculated("reductionPoints", reduction)
                        .policy("annualCap", visit.annualCap(), ref)
                        .request("fundPaidThisYear", year.fundPaid()));
        return new FundShare(segments, payment, capReached, aboveCap);
    }

    /**
     * 大额补助: with a threshold, on the year's eligible cost above it; without one, on this claim's eligible cost above
     * where the fund's cap was reached (its bands then start there). Not reduced for 异地 care.
     */
    private static BigDecimal largeExpense(BenefitSchedule schedule, BigDecimal eligible, FundShare fund,
            YearToDate year, List<PaidSegment> segments, PolicyRef ref, Status status, Trace trace) {
        LargeExpenseRule rule = schedule.largeExpense();
        if (rule == null) {
            if (schedule.scheme() == Scheme.EMPLOYEE && fund.aboveCap().signum() > 0) {
                status.add(StatusCode.NO_LARGE_EXPENSE_TERMS, "largeExpensePayment", ref.label() + " 未公布 "
                        + schedule.memberStatus() + " 职工大额医疗费用补助；超过统筹基金最高支付限额的费用未计入补助",
                        ref.label() + " publishes no 职工大额医疗费用补助 for " + schedule.memberStatus() + "; costs "
                        + "above the fund's cap get none here");
            }
            return null;
        }
        if (rule.threshold() == null && fund.capReached() == null) {
            status.unknown("largeExpensePayment", StatusCode.FUND_CAP_UNKNOWN);
            return null;
        }
        BigDecimal lower;
        BigDecimal upper;
        if (rule.threshold() == null) {
            lower = BigDecimal.ZERO;
            upper = fund.aboveCap();
        } else {
            BigDecimal before = zeroIfNull(year.eligibleCost());
            lower = before.subtract(rule.threshold()).max(BigDecimal.ZERO);
            upper = before.add(eligible).subtract(rule.threshold()).max(BigDecimal.ZERO);
        }
        BigDecimal capLeft = rule.annualCap() == null ? null
                : rule.annualCap().subtract(year.largeExpensePaid()).max(BigDecimal.ZERO);
        List<Segment> paid = ProgressiveScale.capped(ProgressiveScale.segments(rule.bands(), lower, upper, r -> r),
                capLeft);
        BigDecimal payment = Rounding.FEN_HALF_UP.apply(ProgressiveScale.total(paid));
        segments.addAll(paid(Payer.LARGE_EXPENSE, paid));
        trace.step("large-expense subsidy", "min(Σ bands over the eligible cost above the threshold (or above the "
                + "fund's cap), annualCap − largeExpensePaidThisYear)", payment, in -> in
                        .policy("threshold", rule.threshold(), ref)
                        .calculated("from", lower)
                        .calculated("to", upper)
                        .policy("bands", rule.bands(), ref)
                        .policy("annualCap", rule.annualCap(), ref)
                        .request("largeExpensePaidThisYear", year.largeExpensePaid()));
        return payment;
    }

    private static BigDecimal seriousIllness(BenefitSchedule schedule, ReimbursementRequest request, YearToDate year,
            BigDecimal burden, List<PaidSegment> segments, PolicyRef ref, Status status, Trace trace) {
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
                year.personalBurden(), year.seriousIllnessPaid(), burden, ref, trace);
        status.include(result.status(), "");
        segments.addAll(paid(Payer.SERIOUS_ILLNESS, result.segments()));
        return result.payment();
    }

    /** The rule of the scope is unknown: no payment can be said, and nothing of another scope is used instead. */
    private static List<Integer> levels(InpatientRule rule) {
        return rule.levels().stream().map(HospitalLevelRule::hospitalLevel).sorted().toList();
    }

    /**
     * The answer when the terms of the visit are unknown: the hospital level's (then the deductible is unknown too) or
     * the 省内 rule's (then the reduction is).
     */
    private static ReimbursementResult unknownPayments(ReimbursementRequest request, BenefitSchedule schedule,
            BigDecimal deductible, BigDecimal eligible, Terms place, Status status, StatusCode reason) {
        if (deductible == null) {
            status.unknown("deductible", reason);
        }
        status.unknown("ratio", reason);
        if (place.reductionPoints() == null) {
            status.unknown("reductionPoints", reason);
        }
        status.unknown("fundPayment", reason).unknown("capReached", reason);
        if (schedule.largeExpense() != null) {
            status.unknown("largeExpensePayment", reason);
        }
        status.unknown("seriousIllnessPayment", reason).unknown("patientPayment", reason);
        return new ReimbursementResult(request.scope(), eligible, deductible, null, place.reductionPoints(), null, null,
                null, null, null, List.of(), place.directSettlement(), place.nextSteps(), status.report());
    }

    private static List<PaidSegment> paid(Payer payer, List<Segment> segments) {
        return segments.stream().map(s -> new PaidSegment(payer, Rounding.FEN_HALF_UP.apply(s.from()),
                Rounding.FEN_HALF_UP.apply(s.to()), s.rate(), Rounding.FEN_HALF_UP.apply(s.amount()))).toList();
    }

    private static BigDecimal reduced(BigDecimal rate, BigDecimal reduction) {
        return rate.subtract(reduction).max(BigDecimal.ZERO);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
