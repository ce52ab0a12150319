package org.shebao.contract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every published version of one (region, kind), with the revision of the timeline as a whole. The revision grows with
 * each publication or withdrawal, so a consumer can tell a newer timeline from a replayed or reordered one.
 */
public record PolicyTimeline(String regionCode, PolicyKind kind, long revision, List<PublishedPolicy> versions) {

    public PolicyTimeline {
        versions = List.copyOf(versions);
    }

    /** The version in force on a date: the latest-published one whose period covers it. */
    public Optional<PublishedPolicy> inForceOn(LocalDate date) {
        return versions.stream()
                .filter(v -> v.covers(date))
                .max(Comparator.comparingLong(PublishedPolicy::publishedRevision));
    }

    public String key() {
        return PolicyEvent.timelineKey(regionCode, kind);
    }
}
