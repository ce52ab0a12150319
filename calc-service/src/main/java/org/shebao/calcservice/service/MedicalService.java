package org.shebao.calcservice.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.api.ReimbursementQuery;
import org.shebao.calcservice.api.ResidentQuoteQuery;
import org.shebao.calcservice.calc.InputChecks;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.medical.ClaimPolicies;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityCalculator;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityRequest;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityResult;
import org.shebao.calcservice.calc.medical.MedicalReimbursementCalculator;
import org.shebao.calcservice.calc.medical.PersonalAccountCalculator;
import org.shebao.calcservice.calc.medical.ReimbursementResult;
import org.shebao.calcservice.calc.medical.ResidentQuoteCalculator;
import org.shebao.calcservice.calc.medical.ResidentQuoteResult;
import org.shebao.contract.CareScope;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
import org.shebao.contract.payload.BenefitSchedule;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.MemberStatus;
import org.shebao.contract.payload.OutOfAreaRule;
import org.shebao.contract.payload.ResidentMedicalPolicy;
import org.shebao.contract.payload.Scheme;

/**
 * Medical insurance: reimbursement of a visit (the insured region's policy pays; out of the region with the 异地就医
 * rules), resident fees and waiting periods, lifetime eligibility and the 个人账户 crediting.
 */
@ApplicationScoped
public class MedicalService {

    @Inject
    PolicySelector selector;

    @Inject
    PolicyResolver resolver;

    @Inject
    Clock clock;

    @Inject
    CareScopeResolver scopes;

    /**
     * A reimbursement with the day of the visit it was calculated for (today when the request gives none) and the
     * 统筹区 of the insured and the treatment region.
     */
    public record Reimbursement(LocalDate date, String insuredPoolingAreaCode, String treatmentPoolingAreaCode,
            ReimbursementResult figures) {
    }

    public Outcome<Reimbursement> reimburse(ReimbursementQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        LocalDate date = query.date() != null ? query.date() : LocalDate.now(clock);
        List<Region> insuredChain = resolver.chain(query.insuredRegionCode(), "insuredRegionCode");
        List<Region> treatmentChain = resolver.chain(query.treatmentRegionCode(), "treatmentRegionCode");
        CareScopeResolver.Resolution placed = scopes.resolve(insuredChain, treatmentChain, date);
        placed.pooledBy().forEach(p -> usage.use(p, MedicalBenefitPolicy.class));
        CareScope scope = placed.scope();
        SourcedPolicy<MedicalBenefitPolicy> insured = selector.select(query.insuredRegionCode(), "insuredRegionCode",
                PolicyKind.MEDICAL_BENEFIT, date, query.policyOverride(), usage);
        SourcedPolicy<MedicalBenefitPolicy> withinProvince = scope == CareScope.WITHIN_PROVINCE
                ? withinProvinceRule(insured, insuredChain, date, usage) : null;
        SourcedPolicy<MedicalBenefitPolicy> national = scope == CareScope.CROSS_PROVINCE
                ? medicalBenefit(insuredChain, date, usage, o -> o.maximumReductionPoints() != null) : null;
        SourcedPolicy<GuidePolicy> guide = scope == CareScope.LOCAL ? null
                : resolver.find(insuredChain, PolicyKind.GUIDE, date, p -> true)
                        .map(p -> usage.use(p, GuidePolicy.class)).orElse(null);
        ReimbursementResult result = MedicalReimbursementCalculator.calculate(query.toRequest(scope),
                new ClaimPolicies(insured, withinProvince, national, guide), usage.trace());
        return usage.outcome(new Reimbursement(date, placed.insuredPoolingAreaCode(),
                placed.treatmentPoolingAreaCode(), result), result.status());
    }

    /** The insured region's own 省内 rule, else the nearest one up its chain (a province-wide rule). */
    private SourcedPolicy<MedicalBenefitPolicy> withinProvinceRule(SourcedPolicy<MedicalBenefitPolicy> insured,
            List<Region> chain, LocalDate date, Usage usage) {
        Predicate<OutOfAreaRule> hasRule = o -> o.withinProvinceReductionPoints() != null
                || o.withinProvinceSameAsLocal() != null;
        OutOfAreaRule own = insured.payload().outOfArea();
        return own != null && hasRule.test(own) ? insured : medicalBenefit(chain, date, usage, hasRule);
    }

    /** The nearest MEDICAL_BENEFIT along the chain whose 异地 rule satisfies {@code usable}; null when none. */
    private SourcedPolicy<MedicalBenefitPolicy> medicalBenefit(List<Region> chain, LocalDate date, Usage usage,
            Predicate<OutOfAreaRule> usable) {
        return resolver.find(chain, PolicyKind.MEDICAL_BENEFIT, date, p -> {
            OutOfAreaRule outOfArea = ((MedicalBenefitPolicy) p.payload()).outOfArea();
            return outOfArea != null && usable.test(outOfArea);
        }).map(p -> usage.use(p, MedicalBenefitPolicy.class)).orElse(null);
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

    /**
     * 医保个人账户 monthly crediting this month: in service from the region's CONTRIBUTION (base × medicalRate); retired
     * from the nearest MEDICAL_BENEFIT whose retirees' schedule states the crediting.
     */
    public Outcome<PersonalAccountCalculator.Result> personalAccount(String regionCode, MemberStatus status,
            BigDecimal base, Integer age, boolean explain) {
        Usage usage = new Usage(explain);
        List<Region> chain = resolver.chain(regionCode, "regionCode");
        LocalDate date = YearMonth.now(clock).atDay(1);
        PersonalAccountCalculator.Result result;
        if (InputChecks.required("memberStatus", status) == MemberStatus.IN_SERVICE) {
            result = PersonalAccountCalculator.inService(base, age, usage.use(resolver.resolve(chain,
                    PolicyKind.CONTRIBUTION, date, p -> true), ContributionPolicy.class), usage.trace());
        } else {
            ResolvedPolicy policy = resolver.find(chain, PolicyKind.MEDICAL_BENEFIT, date, p -> {
                BenefitSchedule retired = ((MedicalBenefitPolicy) p.payload()).schedule(Scheme.EMPLOYEE,
                        MemberStatus.RETIRED);
                return retired != null && (retired.personalAccountMonthlyCredit() != null
                        || retired.personalAccountCreditByAge() != null || retired.personalAccountNote() != null);
            }).orElseGet(() -> resolver.resolve(chain, PolicyKind.MEDICAL_BENEFIT, date, p -> true));
            result = PersonalAccountCalculator.retired(usage.use(policy, MedicalBenefitPolicy.class), base, age,
                    usage.trace());
        }
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
