package org.shebao.calcservice.service;

import java.util.List;

import org.shebao.contract.Region;
import org.shebao.contract.payload.CareScope;

/**
 * Places care relative to the insured person's 统筹区 (pooling area): the same one (LOCAL), another in the same province
 * (WITHIN_PROVINCE) or another province (CROSS_PROVINCE).
 */
public interface CareScopeResolver {

    /** The scope, with the 统筹区 codes it compared. */
    record Resolution(CareScope scope, String insuredPoolingAreaCode, String treatmentPoolingAreaCode) {
    }

    /** @param insured, treatment the region chains (region first, nation last) */
    Resolution resolve(List<Region> insured, List<Region> treatment);
}
