package org.shebao.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How publishing and withdrawing move the ends of the published versions of one (region, kind) — the other half of
 * the timeline rule, beside {@link PolicyTimeline#inForceOn}:
 * <ul>
 * <li>a version published inside an open-ended one ends it there (bases are often published months late and apply back
 * to July);</li>
 * <li>an open-ended version published after a later-starting one ends where that one starts;</li>
 * <li>withdrawing a version restores the ends it had cut: the declared end, or, if that is open, the next later
 * start.</li>
 * </ul>
 * policy-service applies it when it publishes; test fixtures apply it to build the timelines it would publish.
 */
public final class PublishedPeriods {

    private static final Comparator<Period> BY_START = Comparator.comparing(Period::from)
            .thenComparingLong(Period::versionId);

    /**
     * The period of one published version.
     *
     * @param versionId  identifies the version within its (region, kind); later versions have larger ids
     * @param declaredTo the end as written, {@code null} for open-ended
     * @param to         the end in force: the declared one, or where a later publication took over
     * @param endedBy    the version whose start ended this one early, if any
     */
    public record Period(long versionId, LocalDate from, LocalDate declaredTo, LocalDate to, Long endedBy) {

        Period endingAt(LocalDate end, Long by) {
            return new Period(versionId, from, declaredTo, end, by);
        }
    }

    private final Map<Long, Period> published = new LinkedHashMap<>();

    /** The periods of the versions published so far. */
    public PublishedPeriods(Collection<Period> published) {
        published.forEach(period -> this.published.put(period.versionId(), period));
    }

    /**
     * Publishes a version with its declared period.
     *
     * @return every period that changed: those of the versions it ended first, its own last
     */
    public List<Period> publish(long versionId, LocalDate from, LocalDate declaredTo) {
        List<Period> changed = new ArrayList<>();
        for (Period period : published.values()) {
            if (period.to() == null && period.from().isBefore(from)) {
                changed.add(period.endingAt(from, versionId));
            }
        }
        changed.forEach(period -> published.put(period.versionId(), period));
        Period own = endAtNextLaterStart(new Period(versionId, from, declaredTo, declaredTo, null));
        published.put(versionId, own);
        changed.add(own);
        return changed;
    }

    /**
     * Withdraws a published version: it leaves the timeline, and what it had ended runs on.
     *
     * @return the periods of the versions it had ended, restored
     */
    public List<Period> withdraw(long versionId) {
        if (published.remove(versionId) == null) {
            throw new IllegalArgumentException("version " + versionId + " is not published");
        }
        List<Period> restored = new ArrayList<>();
        for (Period period : published.values()) {
            if (period.endedBy() != null && period.endedBy() == versionId) {
                restored.add(endAtNextLaterStart(period.endingAt(period.declaredTo(), null)));
            }
        }
        restored.forEach(period -> published.put(period.versionId(), period));
        return restored;
    }

    /** The period of a published version. */
    public Optional<Period> get(long versionId) {
        return Optional.ofNullable(published.get(versionId));
    }

    /** An open-ended version runs until the next published version begins, if one begins later. */
    private Period endAtNextLaterStart(Period period) {
        if (period.to() != null) {
            return period;
        }
        return published.values().stream()
                .filter(other -> other.from().isAfter(period.from()) && other.versionId() != period.versionId())
                .min(BY_START)
                .map(next -> period.endingAt(next.from(), next.versionId()))
                .orElse(period);
    }
}
