package org.shebao.calcservice.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.contract.CareScope;
import org.shebao.contract.PoolingArea;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;
import org.shebao.contract.payload.MedicalBenefitPolicy;

/**
 * 统筹区 by the contract's {@link PoolingArea} rule: the nearest city-level region, or the province for the 直辖市 and
 * for a province whose MEDICAL_BENEFIT in force marks it as provincially pooled (省级统筹).
 */
@ApplicationScoped
public class PoolingAreaCareScopes implements CareScopeResolver {

    @Inject
    PolicyResolver resolver;

    @Override
    public Resolution resolve(List<Region> insured, List<Region> treatment, LocalDate date) {
        notTheNation(insured, "insuredRegionCode");
        notTheNation(treatment, "treatmentRegionCode");
        Map<String, ResolvedPolicy> pooledBy = new LinkedHashMap<>();
        Predicate<String> pooled = province -> {
            Optional<ResolvedPolicy> marked = resolver.find(resolver.chain(province, "regionCode").subList(0, 1),
                    PolicyKind.MEDICAL_BENEFIT, date,
                    p -> Boolean.TRUE.equals(((MedicalBenefitPolicy) p.payload()).provinciallyPooled()));
            marked.ifPresent(p -> pooledBy.putIfAbsent(p.ref().label(), p));
            return marked.isPresent();
        };
        CareScope scope = PoolingArea.scope(insured, treatment, pooled);
        return new Resolution(scope, PoolingArea.of(insured, pooled).code(), PoolingArea.of(treatment, pooled).code(),
                List.copyOf(pooledBy.values()));
    }

    private static void notTheNation(List<Region> chain, String field) {
        if (chain.get(0).level() == RegionLevel.NATIONAL) {
            throw new InvalidInputException(field, "names the nation; give the province, city or district");
        }
    }
}
