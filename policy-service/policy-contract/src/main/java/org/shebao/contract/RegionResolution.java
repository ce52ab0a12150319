package org.shebao.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one rule for which policy applies to a region on a date (区域回退): walk the region's chain — district → city →
 * province → nation — and take the first region whose timeline of the kind has a version in force on that date. Both
 * services and the test fixtures use it, so an answer and the operators' "in force" view never disagree.
 */
public final class RegionResolution {

    /** Longer than any real chain (district, city, province, nation); a longer walk can only be a cycle in the data. */
    public static final int MAX_CHAIN_LENGTH = 10;

    /** The version found, with the timeline it was read from (its region may be an ancestor of the one asked about). */
    public record Found(PolicyTimeline timeline, PublishedPolicy policy) {
    }

    private RegionResolution() {
    }

    /**
     * The region and its ancestors, nearest first; empty when the region is unknown.
     *
     * @param lookup   a region by code
     * @param parentOf a region's parent code, null for the root
     */
    public static <R> List<R> chain(String code, Function<String, Optional<R>> lookup, Function<R, String> parentOf) {
        List<R> chain = new ArrayList<>(4);
        Optional<R> current = lookup.apply(code);
        while (current.isPresent() && chain.size() < MAX_CHAIN_LENGTH) {
            chain.add(current.get());
            String parent = parentOf.apply(current.get());
            current = parent == null ? Optional.empty() : lookup.apply(parent);
        }
        return chain;
    }

    /**
     * The nearest version of {@code kind} in force on {@code date} along the chain that also satisfies {@code usable}
     * (e.g. a pension policy that holds an annuity table).
     *
     * @param chainCodes the region codes, nearest first, as {@link #chain} returns them
     * @param timelines  the published timeline of a (region code, kind), if any
     */
    public static Optional<Found> inForce(List<String> chainCodes, PolicyKind kind, LocalDate date,
            BiFunction<String, PolicyKind, Optional<PolicyTimeline>> timelines, Predicate<PublishedPolicy> usable) {
        for (String code : chainCodes) {
            Optional<PolicyTimeline> timeline = timelines.apply(code, kind);
            Optional<PublishedPolicy> inForce = timeline.flatMap(t -> t.inForceOn(date)).filter(usable);
            if (inForce.isPresent()) {
                return Optional.of(new Found(timeline.get(), inForce.get()));
            }
        }
        return Optional.empty();
    }
}
