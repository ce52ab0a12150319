package org.shebao.calcservice.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.api.ReimbursementQuery;
import org.shebao.calcservice.api.ResidentQuoteQuery;
import org.shebao.calcservice.calc.InputChecks;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityCalculator;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityRequest;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityResult;
import org.shebao.calcservice.calc.medical.MedicalReimbursementCalculator;
import org.shebao.calcservice.calc.medical.ReimbursementResult;
import org.shebao.calcservice.calc.medical.ResidentQuoteCalculator;
import org.shebao.calcservice.calc.medical.ResidentQuoteResult;
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

    /** A reimbursement with the day of the visit it was calculated for (today when the request gives none). */
    public record Reimbursement(LocalDate date, ReimbursementResult figures) {
    }

    public Outcome<Reimbursement> reimburse(ReimbursementQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        LocalDate date = query.date() != null ? query.date() : LocalDate.now(clock);
        resolver.chain(query.treatmentRegionCode(), "treatmentRegionCode");
        SourcedPolicy<MedicalBenefitPolicy> insured = selector.select(query.insuredRegionCode(), "insuredRegionCode",
                PolicyKind.MEDICAL_BENEFIT, date, query.policyOverride(), usage);
        SourcedPolicy<MedicalBenefitPolicy> national = null;
        SourcedPolicy<GuidePolicy> guide = null;
        if (!query.insuredRegionCode().equals(query.treatmentRegionCode())) {
            List<Region> chain = resolver.chain(query.insuredRegionCode(), "insuredRegionCode");
            national = resolver.find(chain, PolicyKind.MEDICAL_BENEFIT, date, p -> {
                MedicalBenefitPolicy benefit = (MedicalBenefitPolicy) p.payload();
                return benefit.outOfArea() != null && benefit.outOfArea().maximumReductionPoints() != null;
            }).map(p -> usage.use(p, MedicalBenefitPolicy.class)).orElse(null);
            guide = resolver.find(chain, PolicyKind.GUIDE, date, p -> true)
                    .map(p -> usage.use(p, GuidePolicy.class)).orElse(null);
        }
        ReimbursementResult result = MedicalReimbursementCalculator.calculate(query.toRequest(), insured, national,
                guide, usage.trace());
        return usage.outcome(new Reimbursement(date, result), result.status());
    }

    public Outcome<ResidentQuoteResult> quote(ResidentQuoteQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        int year = InputChecks.required("coverageYear", query.coverageYear());
        SourcedPolicy<ResidentMedicalPolicy> policy = selector.select(query.regionCode(), "regionCode",
                PolicyKind.RESIDENT_MEDICAL, LocalDate.of(year, 1, 1), query.policyOverride(), usage);
        ResidentQuoteResult result = ResidentQuoteCalculator.calculate(query.toRequest(), policy, usage.trace());
        return usage.outcome(result, result.status());
    }

    /** Eligibility under the rule in force at retirement (this month when no retirement month is given). */
    public Outcome<LifetimeEligibilityResult> eligibility(String regionCode, LifetimeEligibilityRequest request,
            boolean explain) {
        Usage usage = new Usage(explain);
        YearMonth month = request.retirementMonth() != null ? request.retirementMonth() : YearMonth.now(clock);
        LifetimeEligibilityRequest atMonth = new LifetimeEligibilityRequest(request.gender(),
                request.cumulativeMonths(), request.localMonths(), month);
        List<Region> chain = resolver.chain(regionCode, "regionCode");
        LocalDate date = month.atDay(1);
        ResolvedPolicy policy = resolver.find(chain, PolicyKind.MEDICAL_BENEFIT, date,
                p -> ((MedicalBenefitPolicy) p.payload()).lifetimeEligibility() != null)
                .orElseThrow(() -> noEligibilityRule(chain, date));
        LifetimeEligibilityResult result = LifetimeEligibilityCalculator.calculate(atMonth,
                usage.use(policy, MedicalBenefitPolicy.class), usage.trace());
        return usage.outcome(result, result.status());
    }

    /** A MEDICAL_BENEFIT policy is in force but none states the years (社会保险法 第27条 leaves them to each region). */
    private PolicyGapException noEligibilityRule(List<Region> chain, LocalDate date) {
        ResolvedPolicy inForce = resolver.resolve(chain, PolicyKind.MEDICAL_BENEFIT, date, p -> true);
        return new PolicyGapException("no region from " + chain.get(0).code() + " up publishes the contribution years "
                + "for medical benefits after retirement in force on " + date + " (the nearest MEDICAL_BENEFIT in force, "
                + inForce.ref().label() + ", has no lifetimeEligibility)");
    }
}
