package org.shebao.calcservice.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.api.EligibilityAnswer;
import org.shebao.calcservice.api.ReimbursementAnswer;
import org.shebao.calcservice.api.ReimbursementQuery;
import org.shebao.calcservice.api.ResidentQuoteAnswer;
import org.shebao.calcservice.api.ResidentQuoteQuery;
import org.shebao.calcservice.calc.InputChecks;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityCalculator;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityRequest;
import org.shebao.calcservice.calc.medical.MedicalReimbursementCalculator;
import org.shebao.calcservice.calc.medical.ResidentQuoteCalculator;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.ResidentMedicalPolicy;

/**
 * Medical insurance: reimbursement of a visit (the insured region's policy pays; out of the region with the 异地就医
 * rules), resident fees and waiting periods, and lifetime eligibility.
 */
@ApplicationScoped
public class MedicalService {

    @Inject
    PolicySelector selector;

    @Inject
    PolicyResolver resolver;

    @Inject
    Clock clock;

    public ReimbursementAnswer reimburse(ReimbursementQuery query, AnswerBuilder answer) {
        LocalDate date = query.date() != null ? query.date() : LocalDate.now(clock);
        resolver.chain(query.treatmentRegionCode(), "treatmentRegionCode");
        SourcedPolicy<MedicalBenefitPolicy> insured = selector.select(query.insuredRegionCode(), "insuredRegionCode",
                PolicyKind.MEDICAL_BENEFIT, date, query.policyOverride(), answer);
        SourcedPolicy<MedicalBenefitPolicy> national = null;
        SourcedPolicy<GuidePolicy> guide = null;
        if (!query.insuredRegionCode().equals(query.treatmentRegionCode())) {
            List<Region> chain = resolver.chain(query.insuredRegionCode(), "insuredRegionCode");
            national = resolver.find(chain, PolicyKind.MEDICAL_BENEFIT, date, p -> {
                MedicalBenefitPolicy benefit = (MedicalBenefitPolicy) p.payload();
                return benefit.outOfArea() != null && benefit.outOfArea().maximumReductionPoints() != null;
            }).map(p -> answer.use(p, MedicalBenefitPolicy.class)).orElse(null);
            guide = resolver.find(chain, PolicyKind.GUIDE, date, p -> true)
                    .map(p -> answer.use(p, GuidePolicy.class)).orElse(null);
        }
        return ReimbursementAnswer.of(query, date, MedicalReimbursementCalculator.calculate(query.toRequest(), insured,
                national, guide, answer.trace()), answer);
    }

    public ResidentQuoteAnswer quote(ResidentQuoteQuery query, AnswerBuilder answer) {
        int year = InputChecks.required("coverageYear", query.coverageYear());
        SourcedPolicy<ResidentMedicalPolicy> policy = selector.select(query.regionCode(), "regionCode",
                PolicyKind.RESIDENT_MEDICAL, LocalDate.of(year, 1, 1), query.policyOverride(), answer);
        return ResidentQuoteAnswer.of(query, ResidentQuoteCalculator.calculate(query.toRequest(), policy,
                answer.trace()), answer);
    }

    /** Eligibility under the rule in force at retirement (this month when no retirement month is given). */
    public EligibilityAnswer eligibility(String regionCode, LifetimeEligibilityRequest request, AnswerBuilder answer) {
        YearMonth month = request.retirementMonth() != null ? request.retirementMonth() : YearMonth.now(clock);
        LifetimeEligibilityRequest atMonth = new LifetimeEligibilityRequest(request.gender(),
                request.cumulativeMonths(), request.localMonths(), month);
        List<Region> chain = resolver.chain(regionCode, "regionCode");
        LocalDate date = month.atDay(1);
        ResolvedPolicy policy = resolver.find(chain, PolicyKind.MEDICAL_BENEFIT, date,
                p -> ((MedicalBenefitPolicy) p.payload()).lifetimeEligibility() != null)
                .orElseThrow(() -> noEligibilityRule(chain, date));
        return EligibilityAnswer.of(regionCode, LifetimeEligibilityCalculator.calculate(atMonth,
                answer.use(policy, MedicalBenefitPolicy.class), answer.trace()), answer);
    }

    /** A MEDICAL_BENEFIT policy is in force but none states the years (社会保险法 第27条 leaves them to each region). */
    private PolicyGapException noEligibilityRule(List<Region> chain, LocalDate date) {
        ResolvedPolicy inForce = resolver.resolve(chain, PolicyKind.MEDICAL_BENEFIT, date, p -> true);
        return new PolicyGapException("no region from " + chain.get(0).code() + " up publishes the contribution years "
                + "for medical benefits after retirement in force on " + date + " (the nearest MEDICAL_BENEFIT in force, "
                + inForce.ref().label() + ", has no lifetimeEligibility)");
    }
}
