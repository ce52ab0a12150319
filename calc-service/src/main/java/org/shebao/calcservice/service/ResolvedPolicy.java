package org.shebao.calcservice.service;

import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.RegionResolution;
import org.shebao.contract.payload.PolicyPayload;

/**
 * A published version found for a request, with the revision of the timeline it was read from.
 *
 * @param requestedRegion     the region the caller asked about; differs from the policy's when inherited
 * @param carriedForwardUnder the CARRY_FORWARD version under which {@code policy} is used past its end (暂按上年度);
 *                            null when {@code policy} is in force
 */
public record ResolvedPolicy(PublishedPolicy policy, long revision, String requestedRegion,
        ResolvedPolicy carriedForwardUnder) {

    static ResolvedPolicy of(RegionResolution.Found found, String requestedRegion) {
        return new ResolvedPolicy(found.policy(), found.timeline().revision(), requestedRegion,
                found.carriedForwardUnder() == null ? null : of(found.carriedForwardUnder(), requestedRegion));
    }

    public boolean carriedForward() {
        return carriedForwardUnder != null;
    }

    public <P extends PolicyPayload> SourcedPolicy<P> sourced(Class<P> payloadType) {
        return SourcedPolicy.of(policy, payloadType);
    }

    public PolicyRef ref() {
        return PolicyRef.of(policy);
    }
}
