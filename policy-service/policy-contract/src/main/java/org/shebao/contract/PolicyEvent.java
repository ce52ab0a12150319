package org.shebao.contract;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The record value on the policy topic. The topic is compacted and keyed by {@link #key}, and each value is complete
 * (the whole timeline of a (region, kind), or the whole region), so the latest record per key is the current state.
 *
 * @param schemaVersion version of this envelope's schema (docs/events)
 * @param revision      grows per key; consumers ignore a value whose revision is not newer than what they hold
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyEvent(
        int schemaVersion,
        Type type,
        String key,
        long revision,
        Instant emittedAt,
        Region region,
        PolicyTimeline timeline) {

    public static final int SCHEMA_VERSION = 1;

    public enum Type {
        REGION,
        POLICY_TIMELINE
    }

    public static PolicyEvent of(Region region, long revision, Instant emittedAt) {
        return new PolicyEvent(SCHEMA_VERSION, Type.REGION, regionKey(region.code()), revision, emittedAt, region, null);
    }

    public static PolicyEvent of(PolicyTimeline timeline, Instant emittedAt) {
        return new PolicyEvent(SCHEMA_VERSION, Type.POLICY_TIMELINE, timeline.key(), timeline.revision(), emittedAt, null,
                timeline);
    }

    public static String regionKey(String regionCode) {
        return "region/" + regionCode;
    }

    public static String timelineKey(String regionCode, PolicyKind kind) {
        return "policy/" + regionCode + "/" + kind;
    }
}
