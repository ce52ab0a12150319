package org.shebao.calcservice.service;

import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
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
}
