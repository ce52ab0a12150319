package org.shebao.calcservice.calc;

import java.util.Objects;

import org.shebao.contract.PolicyKind;
import org.shebao.contract.PublishedPolicy;

/**
 * Names the policy version a figure came from, so that every traced input and every warning can cite it.
 *
 * @param regionCode administrative code of the publishing region ("110000"; the national policy has its own code)
 * @param kind       which timeline of that region
 * @param version    version number within the (region, kind) timeline
 */
public record PolicyRef(String regionCode, PolicyKind kind, int version) {

    public PolicyRef {
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(kind, "kind");
    }

    /** Version number given to a payload the caller supplied (what-if); published versions count from 1. */
    public static final int CALLER_SUPPLIED = 0;

    public static PolicyRef of(PublishedPolicy policy) {
        return new PolicyRef(policy.regionCode(), policy.kind(), policy.version());
    }

    public static PolicyRef callerSupplied(String regionCode, PolicyKind kind) {
        return new PolicyRef(regionCode, kind, CALLER_SUPPLIED);
    }

    public boolean isCallerSupplied() {
        return version == CALLER_SUPPLIED;
    }

    /** The timeline without the version, e.g. "110000/CONTRIBUTION": the {@code source} of a traced input. */
    public String source() {
        return regionCode + "/" + kind;
    }

    /** Human-readable citation, e.g. "110000/CONTRIBUTION v2", or "110000/CONTRIBUTION (caller-supplied)". */
    public String label() {
        return source() + (isCallerSupplied() ? " (caller-supplied)" : " v" + version);
    }

    @Override
    public String toString() {
        return label();
    }
}
