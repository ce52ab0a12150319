package org.shebao.calcservice.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.PolicyKind;

/**
 * The held state: every key with its revision, how fresh the whole is, and which timelines are going stale.
 *
 * @param stalenessSeconds   seconds since the state was last confirmed equal to the topic's end
 * @param confirmedCurrentAt when that was; null before the first catch-up
 * @param attention          the (region, kind) timelines whose newest version has ended or ends soon, by region code
 *                           and kind
 */
@Schema(description = "What calc-service holds")
public record StateAnswer(boolean caughtUp, long stalenessSeconds, Instant confirmedCurrentAt, long appliedEvents,
        long ignoredEvents, Instant lastChange, List<Entry> entries, List<Attention> attention) {

    /** A region ({@code kind} null, {@code versions} 0) or a (region, kind) timeline. */
    public record Entry(String key, String regionCode, PolicyKind kind, long revision, int versions) {
    }

    /** How far a timeline's newest version is from being replaced. */
    public enum AttentionStatus {
        /** It ends within {@link #ENDING_SOON_DAYS} days. */
        ENDING_SOON,
        /** It has ended and is carried forward (暂按上年度): answers that rest on it are provisional. */
        PROVISIONAL,
        /** It has ended and may no longer be carried forward: the region's own figures answer nothing today. */
        EXPIRED;

        public static final int ENDING_SOON_DAYS = 60;
    }

    /**
     * One region's own timeline of a kind whose newest version has ended or ends within 60 days. The status is about
     * the region's own versions; a request may still be answered by an ancestor's version in force.
     *
     * @param effectiveTo         first day the version no longer applies (exclusive)
     * @param carriedForwardUntil for {@code PROVISIONAL}, the first day it may no longer be carried forward; else null
     */
    @Schema(description = "A timeline going stale")
    public record Attention(String regionCode, PolicyKind kind, AttentionStatus status, int version,
            LocalDate effectiveFrom, LocalDate effectiveTo, LocalDate carriedForwardUntil) {
    }
}
