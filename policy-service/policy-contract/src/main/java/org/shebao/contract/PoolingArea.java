package org.shebao.contract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 统筹区: the area whose fund pays a person's medical benefits, found from any region code by the region tree. It is
 * the nearest CITY-level region of the chain; for a 直辖市 (北京, 天津, 上海, 重庆 — whose CITY-level codes only group
 * 市辖区 and 县) and for a province its policy data marks as provincially pooled (省级统筹), it is the province.
 * A province-level code of another province has no city, so it stands for itself.
 */
public final class PoolingArea {

    /** The 直辖市, by the first two digits of their codes. */
    private static final Set<String> DIRECT_MUNICIPALITIES = Set.of("11", "12", "31", "50");

    private PoolingArea() {
    }

    public static boolean directMunicipality(String code) {
        return code != null && DIRECT_MUNICIPALITIES.contains(code.substring(0, 2));
    }

    /**
     * @param chain              the region and its ancestors, nearest first ({@link RegionResolution#chain})
     * @param provinciallyPooled whether a province's code names a provincially pooled province
     * @throws IllegalArgumentException for a chain without a province (the nation is nobody's 统筹区)
     */
    public static Region of(List<Region> chain, Predicate<String> provinciallyPooled) {
        Region province = province(chain);
        if (directMunicipality(province.code()) || provinciallyPooled.test(province.code())) {
            return province;
        }
        return chain.stream().filter(r -> r.level() == RegionLevel.CITY).findFirst().orElse(chain.get(0));
    }

    /** The province-level region of a chain. */
    public static Region province(List<Region> chain) {
        return chain.stream().filter(r -> r.level() == RegionLevel.PROVINCE).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        (chain.isEmpty() ? "an empty chain" : chain.get(0).code()) + " lies in no province"));
    }

    /** Same 统筹区 → LOCAL; same province → WITHIN_PROVINCE; else CROSS_PROVINCE. */
    public static CareScope scope(List<Region> insured, List<Region> treatment, Predicate<String> provinciallyPooled) {
        if (of(insured, provinciallyPooled).code().equals(of(treatment, provinciallyPooled).code())) {
            return CareScope.LOCAL;
        }
        return province(insured).code().equals(province(treatment).code()) ? CareScope.WITHIN_PROVINCE
                : CareScope.CROSS_PROVINCE;
    }
}
