package org.shebao.calcservice.calc.guide;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.shebao.calcservice.calc.Status;
import org.shebao.contract.CareScope;
import org.shebao.contract.payload.FilingType;
import org.shebao.contract.payload.OutOfAreaSituation;

/**
 * What someone insured in one place needs to know before care in another: the scope (local, 省内, 跨省), whether the
 * care is settled directly, the filing with its materials, channels, validity and rules, the expected change of the
 * ratio, and the manual-claim path — each item cited.
 *
 * @param insuredPoolingAreaCode   the 统筹区 the insured region belongs to
 * @param treatmentPoolingAreaCode the 统筹区 of the place of treatment
 * @param filingRequired           false for local care and for 急诊抢救 (视同已备案)
 * @param directSettlement         whether networked hospitals settle directly once filed; null when no guide says
 * @param filing                   the filing procedure; null for local care or when no guide documents it
 * @param expectedRatioChange      how far the insured region lowers its ratio for this care
 * @param manualClaim              the claim after paying out of pocket; null for local care or when undocumented
 */
public record OutOfAreaGuide(
        String insuredRegionCode,
        String treatmentRegionCode,
        OutOfAreaSituation situation,
        LocalDate date,
        CareScope scope,
        String insuredPoolingAreaCode,
        String treatmentPoolingAreaCode,
        FilingType filingType,
        boolean filingRequired,
        GuideStep.Rule directSettlement,
        GuideStep filing,
        RatioChange expectedRatioChange,
        GuideStep manualClaim,
        Status.Report status) {

    /** Where the expected reduction comes from. */
    public enum RatioBasis {
        /** care in the insured 统筹区: no 异地 reduction */
        LOCAL_CARE,
        /** the insured region pays 省内 care as local care */
        SAME_AS_LOCAL,
        /** the insured region's own reduction for the filing and scope */
        INSURED_REGION,
        /** the insured region publishes none: the national maximum (医保发〔2022〕22号), an upper bound */
        NATIONAL_MAXIMUM
    }

    /**
     * @param reductionPoints percentage points as a decimal (0.10 = 10 points); null when unknown
     * @param basis           null when unknown
     */
    public record RatioChange(BigDecimal reductionPoints, RatioBasis basis, String text, Cited citation) {
    }
}
