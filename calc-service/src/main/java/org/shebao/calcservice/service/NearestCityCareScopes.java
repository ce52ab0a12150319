package org.shebao.calcservice.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;
import org.shebao.contract.payload.CareScope;

/**
 * The plain reading of 统筹区: the nearest city-level region, or the whole province for the 直辖市 (北京 11, 天津 12,
 * 上海 31, 重庆 50) and for a province-level code asked as such. Provinces that pool above the city (省级统筹) are not
 * known here; a resolver that knows them replaces this one.
 */
@ApplicationScoped
@DefaultBean
public class NearestCityCareScopes implements CareScopeResolver {

    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    @Override
    public Resolution resolve(List<Region> insured, List<Region> treatment) {
        Region insuredArea = poolingArea(insured);
        Region treatmentArea = poolingArea(treatment);
        CareScope scope = insuredArea.code().equals(treatmentArea.code()) ? CareScope.LOCAL
                : province(insured).equals(province(treatment)) ? CareScope.WITHIN_PROVINCE : CareScope.CROSS_PROVINCE;
        return new Resolution(scope, insuredArea.code(), treatmentArea.code());
    }

    private static Region poolingArea(List<Region> chain) {
        boolean municipality = MUNICIPALITIES.contains(chain.get(0).code().substring(0, 2));
        RegionLevel level = municipality ? RegionLevel.PROVINCE : RegionLevel.CITY;
        return chain.stream().filter(r -> r.level() == level).findFirst()
                .orElseGet(() -> chain.stream().filter(r -> r.level() == RegionLevel.PROVINCE).findFirst()
                        .orElse(chain.get(0)));
    }

    private static String province(List<Region> chain) {
        return chain.stream().filter(r -> r.level() == RegionLevel.PROVINCE).map(Region::code).findFirst()
                .orElse(chain.get(0).code());
    }
}
