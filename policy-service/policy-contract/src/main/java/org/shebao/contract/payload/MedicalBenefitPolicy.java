package org.shebao.contract.payload;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * MEDICAL_BENEFIT: reimbursement terms per scheme and member status, 异地就医 rules and lifetime eligibility. Every
 * part is optional because sources publish them separately; a calculator that needs a missing part says so.
 *
 * @param provinciallyPooled on a province's version: true where the whole province is one 统筹区 (省级统筹, e.g.
 *                           海南), so care anywhere in it is local care; 直辖市 are one 统筹区 without saying so
 */
@Consistent
@Schema(description = "MEDICAL_BENEFIT payload")
public record MedicalBenefitPolicy(
        List<@NotNull @Valid BenefitSchedule> schedules,
        @Valid OutOfAreaRule outOfArea,
        @Valid LifetimeEligibilityRule lifetimeEligibility,
        Boolean provinciallyPooled) implements PolicyPayload, ConsistencyChecked {

    /** A policy that says nothing about the 统筹区. */
    public MedicalBenefitPolicy(List<BenefitSchedule> schedules, OutOfAreaRule outOfArea,
            LifetimeEligibilityRule lifetimeEligibility) {
        this(schedules, outOfArea, lifetimeEligibility, null);
    }

    public BenefitSchedule schedule(Scheme scheme, MemberStatus status) {
        if (schedules == null) {
            return null;
        }
        return schedules.stream()
                .filter(s -> s.scheme() == scheme && s.memberStatus() == status)
                .findFirst().orElse(null);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        found.require((schedules != null && !schedules.isEmpty()) || outOfArea != null || lifetimeEligibility != null
                || provinciallyPooled != null, "schedules",
                "a MEDICAL_BENEFIT policy needs schedules, outOfArea, lifetimeEligibility or provinciallyPooled");
        if (schedules == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < schedules.size(); i++) {
            BenefitSchedule s = schedules.get(i);
            if (s != null && s.scheme() != null && s.memberStatus() != null) {
                found.require(seen.add(s.scheme() + "/" + s.memberStatus()), "schedules[" + i + "]",
                        s.scheme() + "/" + s.memberStatus() + " appears more than once");
            }
        }
    }
}
