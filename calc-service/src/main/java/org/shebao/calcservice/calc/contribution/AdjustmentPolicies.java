package org.shebao.calcservice.calc.contribution;

import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.contract.payload.ContributionPolicy;

/**
 * The two versions that matter for one month of a 补差: the one the month was billed under, and the one now in force
 * for that month.
 *
 * @param then the version the month was billed under; may be null when the caller states what was paid
 * @param now  the version now in force for that month
 */
public record AdjustmentPolicies(SourcedPolicy<ContributionPolicy> then, SourcedPolicy<ContributionPolicy> now) {
}
