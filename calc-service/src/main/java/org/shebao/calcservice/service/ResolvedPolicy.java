package org.shebao.calcservice.service;

import org.shebao.calcservice.api.PolicyCitation;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicySource;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.payload.PolicyPayload;

/**
 * A published version found for a request, with the revision of the timeline it was read from.
 *
 * @param requestedRegion the region the caller asked about; differs from the policy's when inherited
 */
public record ResolvedPolicy(PublishedPolicy policy, long revision, String requestedRegion) {

    public <P extends PolicyPayload> SourcedPolicy<P> sourced(Class<P> payloadType) {
        return SourcedPolicy.of(policy, payloadType);
    }

    public PolicyRef ref() {
        return PolicyRef.of(policy);
    }

    public PolicyCitation citation() {
        PolicySource source = policy.source();
        return new PolicyCitation(policy.regionCode(), policy.kind(), policy.version(), revision, policy.effectiveFrom(),
                policy.effectiveTo(), policy.confidence(), source == null ? null
                        : new PolicyCitation.Source(source.documentNumber(), source.title(), source.url(),
                                source.publishedOn()),
                null);
    }

    /** What an answer resting on this version must say about it, or null when nothing need be said. */
    public String warning() {
        if (policy.confidence() == Confidence.OFFICIAL) {
            return null;
        }
        String what = policy.confidence() == Confidence.ESTIMATE
                ? "are ESTIMATES derived from other published figures"
                : "come from THIRD_PARTY sources, not an official text seen by us";
        return ref().label() + ": its figures " + what + " (see its source and note).";
    }

    /** Header form, e.g. {@code 110000/CONTRIBUTION=7}. */
    public String revisionTag() {
        return policy.regionCode() + "/" + policy.kind() + "=" + revision;
    }
}
