package org.shebao.calcservice.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.PolicyKind;

/**
 * The held state: every key with its revision, and how fresh the whole is.
 *
 * @param stalenessSeconds   seconds since the state was last confirmed equal to the topic's end
 * @param confirmedCurrentAt when that was; null before the first catch-up
 */
@Schema(description = "What calc-service holds")
public record StateAnswer(boolean caughtUp, long stalenessSeconds, Instant confirmedCurrentAt, long appliedEvents,
        long ignoredEvents, Instant lastChange, List<Entry> entries) {

    /** A region ({@code kind} null, {@code versions} 0) or a (region, kind) timeline. */
    public record Entry(String key, String regionCode, PolicyKind kind, long revision, int versions) {
    }
}
