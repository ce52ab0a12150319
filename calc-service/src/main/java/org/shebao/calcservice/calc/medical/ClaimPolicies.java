package org.shebao.calcservice.calc.medical;

import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.MedicalBenefitPolicy;

/**
 * The versions one claim is paid by.
 *
 * @param insured        the insured region's MEDICAL_BENEFIT (参保地政策): schedules and its own 异地 rules
 * @param withinProvince the version holding the insured region's 省内 rule (the nearest along its chain); null when
 *                       none is known or the care is not 省内
 * @param national       the national version with the 跨省 maxima; null when none is known or not needed
 * @param guide          the insured region's GUIDE, for next steps; may be null
 */
public record ClaimPolicies(
        SourcedPolicy<MedicalBenefitPolicy> insured,
        SourcedPolicy<MedicalBenefitPolicy> withinProvince,
        SourcedPolicy<MedicalBenefitPolicy> national,
        SourcedPolicy<GuidePolicy> guide) {
}
