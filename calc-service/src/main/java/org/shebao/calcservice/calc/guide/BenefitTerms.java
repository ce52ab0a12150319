package org.shebao.calcservice.calc.guide;

import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.contract.payload.OutOfAreaRule;

/** The 异地就医 rule of a MEDICAL_BENEFIT version, with the version's source as the citation of its figures. */
public record BenefitTerms(PolicyRef ref, OutOfAreaRule rule, Cited citation) {
}
