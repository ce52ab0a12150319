package org.shebao.calcservice.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.medical.LifetimeEligibilityResult;

/**
 * Whether lifetime medical benefits are reached at retirement (退休后免缴费享受医保待遇), and the gap if not. The local
 * figures are left out where the region requires no local minimum.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Lifetime medical eligibility answer")
public record EligibilityAnswer(
        String regionCode,
        boolean eligible,
        int requiredMonths,
        int gapMonths,
        Integer localRequiredMonths,
        Integer localGapMonths) {

    public static EligibilityAnswer of(String regionCode, LifetimeEligibilityResult result) {
        return new EligibilityAnswer(regionCode, result.eligible(), result.requiredMonths(), result.gapMonths(),
                result.localRequiredMonths(), result.localGapMonths());
    }
}
