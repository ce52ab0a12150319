package org.shebao.calcservice.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.calc.InputChecks;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.guide.BenefitTerms;
import org.shebao.calcservice.calc.guide.Cited;
import org.shebao.calcservice.calc.guide.GuideListCalculator;
import org.shebao.calcservice.calc.guide.GuideListCalculator.GuideList;
import org.shebao.calcservice.calc.guide.GuideStep;
import org.shebao.calcservice.calc.guide.GuideVersion;
import org.shebao.calcservice.calc.guide.OutOfAreaGuide;
import org.shebao.calcservice.calc.guide.OutOfAreaGuideCalculator;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicySource;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.Region;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.GuideProcedure;
import org.shebao.contract.payload.MedicalBenefitPolicy;
import org.shebao.contract.payload.OutOfAreaRule;
import org.shebao.contract.payload.OutOfAreaSituation;
import org.shebao.contract.payload.ProcedureType;

/**
 * Guidance answers: the 异地就医 guide for a pair of places and a situation, and the procedures of one type for a
 * region — regional where a guide of the region (or a province or city above it) documents them, national otherwise.
 */
@ApplicationScoped
public class GuideService {

    @Inject
    PolicyResolver resolver;

    @Inject
    CareScopeResolver scopes;

    @Inject
    Clock clock;

    public Outcome<OutOfAreaGuide> outOfArea(String insuredRegionCode, String treatmentRegionCode,
            OutOfAreaSituation situation, LocalDate date) {
        InputChecks.required("insuredRegionCode", insuredRegionCode);
        InputChecks.required("treatmentRegionCode", treatmentRegionCode);
        InputChecks.required("situation", situation);
        LocalDate day = date != null ? date : LocalDate.now(clock);
        List<Region> insured = resolver.chain(insuredRegionCode, "insuredRegionCode");
        List<Region> treatment = resolver.chain(treatmentRegionCode, "treatmentRegionCode");
        CareScopeResolver.Resolution scope = scopes.resolve(insured, treatment, day);
        Map<String, ResolvedPolicy> consulted = new LinkedHashMap<>();
        scope.pooledBy().forEach(p -> consulted.putIfAbsent(p.ref().label(), p));
        List<GuideVersion> guides = guides(insured, day, consulted);
        BenefitTerms own = benefit(insured.subList(0, insured.size() - 1), day, consulted,
                r -> r.reductionPoints() != null || r.withinProvinceReductionPoints() != null
                        || r.withinProvinceSameAsLocal() != null);
        BenefitTerms national = benefit(insured, day, consulted, r -> r.maximumReductionPoints() != null);
        OutOfAreaGuide guide = OutOfAreaGuideCalculator.calculate(new OutOfAreaGuideCalculator.Request(
                insuredRegionCode, treatmentRegionCode, situation, day, scope.scope(), scope.insuredPoolingAreaCode(),
                scope.treatmentPoolingAreaCode()), guides, own, national);
        Set<String> cited = Stream.of(guide.filing(), guide.manualClaim()).filter(s -> s != null)
                .map(GuideStep::policy).collect(Collectors.toSet());
        scope.pooledBy().forEach(p -> cited.add(p.ref().label()));
        if (guide.expectedRatioChange().citation() != null) {
            cited.add(guide.expectedRatioChange().citation().policy());
        }
        return used(consulted, cited).outcome(guide, guide.status());
    }

    public Outcome<GuideList> procedures(String regionCode, ProcedureType procedure, LocalDate date) {
        InputChecks.required("regionCode", regionCode);
        InputChecks.required("procedure", procedure);
        LocalDate day = date != null ? date : LocalDate.now(clock);
        List<Region> chain = resolver.chain(regionCode, "regionCode");
        Map<String, ResolvedPolicy> consulted = new LinkedHashMap<>();
        GuideList list = GuideListCalculator.list(regionCode, procedure, guides(chain, day, consulted));
        Set<String> cited = list.procedures().stream().map(GuideStep::policy).collect(Collectors.toSet());
        return used(consulted, cited).outcome(list, list.status());
    }

    /** The GUIDE versions along the chain, nearest first: each region's own (in force, else carried forward). */
    private List<GuideVersion> guides(List<Region> chain, LocalDate date, Map<String, ResolvedPolicy> consulted) {
        List<GuideVersion> guides = new ArrayList<>();
        int from = 0;
        while (from < chain.size()) {
            Optional<ResolvedPolicy> found = resolver.find(chain.subList(from, chain.size()), PolicyKind.GUIDE, date,
                    p -> true);
            if (found.isEmpty()) {
                break;
            }
            ResolvedPolicy policy = found.get();
            consulted.put(policy.ref().label(), policy);
            guides.add(new GuideVersion(policy.ref(), (GuidePolicy) policy.policy().payload(),
                    versionSource(policy.policy())));
            from = indexOf(chain, policy.policy().regionCode()) + 1;
        }
        return guides;
    }

    private BenefitTerms benefit(List<Region> chain, LocalDate date, Map<String, ResolvedPolicy> consulted,
            Predicate<OutOfAreaRule> usable) {
        if (chain.isEmpty()) {
            return null;
        }
        return resolver.find(chain, PolicyKind.MEDICAL_BENEFIT, date, p -> {
            OutOfAreaRule rule = ((MedicalBenefitPolicy) p.payload()).outOfArea();
            return rule != null && usable.test(rule);
        }).map(policy -> {
            consulted.put(policy.ref().label(), policy);
            PolicyRef ref = policy.ref();
            GuideProcedure.Citation source = versionSource(policy.policy());
            return new BenefitTerms(ref, ((MedicalBenefitPolicy) policy.policy().payload()).outOfArea(),
                    new Cited(ref.label(), source.documentNumber(), source.title(), null, source.url(), source.quote(),
                            source.confidence()));
        }).orElse(null);
    }

    private static Usage used(Map<String, ResolvedPolicy> consulted, Set<String> cited) {
        Usage usage = new Usage(false);
        consulted.forEach((label, policy) -> {
            if (cited.contains(label)) {
                if (policy.policy().kind() == PolicyKind.GUIDE) {
                    usage.use(policy, GuidePolicy.class);
                } else {
                    usage.use(policy, MedicalBenefitPolicy.class);
                }
            }
        });
        return usage;
    }

    private static GuideProcedure.Citation versionSource(PublishedPolicy policy) {
        PolicySource source = policy.source();
        return new GuideProcedure.Citation("version", source == null ? null : source.documentNumber(),
                source == null ? PolicyRef.of(policy).label() : source.title(), null,
                source == null ? null : source.url(), source == null || source.quote() == null ? "" : source.quote(),
                policy.confidence());
    }

    /** The nation is nobody's 统筹区: care happens in a province, city or district. */
    private static int indexOf(List<Region> chain, String code) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalStateException(code + " is not on the chain it was found on");
    }
}
