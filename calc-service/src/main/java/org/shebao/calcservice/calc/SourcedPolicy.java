package org.shebao.calcservice.calc;

import java.util.Objects;

import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.payload.PolicyPayload;

/**
 * A policy payload together with the version it belongs to: what calculators take, so that results can say where each
 * figure came from.
 */
public record SourcedPolicy<P extends PolicyPayload>(PolicyRef ref, P payload) {

    public SourcedPolicy {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(payload, "payload");
    }

    public static <P extends PolicyPayload> SourcedPolicy<P> of(PolicyRef ref, P payload) {
        return new SourcedPolicy<>(ref, payload);
    }

    /**
     * Wraps a published version whose payload is known to be of the given type.
     *
     * @throws IllegalArgumentException if the payload is of another kind
     */
    public static <P extends PolicyPayload> SourcedPolicy<P> of(PublishedPolicy published, Class<P> payloadType) {
        if (!payloadType.isInstance(published.payload())) {
            throw new IllegalArgumentException(PolicyRef.of(published).label() + " does not hold a "
                    + payloadType.getSimpleName());
        }
        return new SourcedPolicy<>(PolicyRef.of(published), payloadType.cast(published.payload()));
    }
}
