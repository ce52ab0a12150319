package org.shebao.calcservice.service;

import java.time.LocalDate;
import java.util.List;

import org.shebao.contract.CareScope;
import org.shebao.contract.Region;

/**
 * Places care relative to the insured person's 统筹区 (pooling area): the same one (LOCAL), another in the same province
 * (WITHIN_PROVINCE) or another province (CROSS_PROVINCE).
 */
public interface CareScopeResolver {

    /**
     * The scope, with the 统筹区 codes it compared.
     *
     * @param pooledBy the MEDICAL_BENEFIT versions that marked a province as one 统筹区 (省级统筹), to be cited
     */
    record Resolution(CareScope scope, String insuredPoolingAreaCode, String treatmentPoolingAreaCode,
            List<ResolvedPolicy> pooledBy) {
    }

    /**
     * @param insured   the insured region's chain (region first, nation last); the nation itself is a 400 on
     *                  {@code insuredRegionCode}
     * @param treatment the treatment region's chain; the nation is a 400 on {@code treatmentRegionCode}
     * @param date      the day whose policies say which provinces pool at province level
     */
    Resolution resolve(List<Region> insured, List<Region> treatment, LocalDate date);
}
