package org.shebao.calcservice.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.contract.CareScope;
import org.shebao.contract.PoolingArea;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
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
        Predicate<String> pooled = province -> resolver.find(resolver.chain(province, "regionCode").subList(0, 1),
                PolicyKind.MEDICAL_BENEFIT, date,
                p -> Boolean.TRUE.equals(((MedicalBenefitPolicy) p.payload()).provinciallyPooled())).isPresent();
        return new Resolution(PoolingArea.scope(insured, treatment, pooled), PoolingArea.of(insured, pooled).code(),
                PoolingArea.of(treatment, pooled).code());
    }
}
