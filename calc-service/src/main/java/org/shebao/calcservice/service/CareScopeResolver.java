package org.shebao.calcservice.service;

import java.time.LocalDate;
import java.util.List;

import org.shebao.contract.Region;
import org.shebao.contract.CareScope;

/**
 * Places care relative to the insured person's 统筹区 (pooling area): the same one (LOCAL), another in the same province
 * (WITHIN_PROVINCE) or another province (CROSS_PROVINCE).
 */
public interface CareScopeResolver {

    /** The scope, with the 统筹区 codes it compared. */
    record Resolution(CareScope scope, String insuredPoolingAreaCode, String treatmentPoolingAreaCode) {
    }

    /**
     * @param insured   the insured region's chain (region first, nation last)
     * @param treatment the treatment region's chain
     * @param date      the day whose policies say which provinces pool at province level
     */
    Resolution resolve(List<Region> insured, List<Region> treatment, LocalDate date);
}
