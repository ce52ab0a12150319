package org.shebao.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.shebao.contract.payload.CarryForwardPolicy;

/**
 * The one rule for which policy applies to a region on a date, used by both services and the test fixtures so that an
 * answer and the operators' views never disagree:
 * <ol>
 * <li>区域回退: walk the region's chain — district → city → province → nation — and take the first region whose timeline
 * of the kind has a version in force on that date;</li>
 * <li>暂按上年度: failing that, if the CARRY_FORWARD policy in force names the kind, take the nearest region's latest
 * version that ended on or before the date, as long as the date is within that rule's months after its end — the
 * answer is then provisional;</li>
 * <li>otherwise there is none (the caller names the periods it knows).</li>
 * </ol>
 */
public final class RegionResolution {

    /** Longer than any real chain (district, city, province, nation); a longer walk can only be a cycle in the data. */
    public static final int MAX_CHAIN_LENGTH = 10;

    /**
     * The version found, with the timeline it was read from (its region may be an ancestor of the one asked about).
     *
     * @param carriedForwardUnder the CARRY_FORWARD version that allowed using {@code policy} past its end; null when
     *                            {@code policy} is in force on the date
     */
    public record Found(PolicyTimeline timeline, PublishedPolicy policy, Found carriedForwardUnder) {

        public boolean carriedForward() {
            return carriedForwardUnder != null;
        }

        /**
         * The first day a carried-forward {@code policy} may no longer be used (its end plus the rule's months); null
         * when it is in force.
         */
        public LocalDate carriedForwardUntil() {
            return carriedForwardUnder == null ? null : policy.effectiveTo()
                    .plusMonths(maxMonths(carriedForwardUnder.policy(), policy.kind()).orElseThrow());
        }
    }

    /** The version that ended last; of two ending together, the later publication (a correction). */
    private static final Comparator<PublishedPolicy> LATEST_END = Comparator.comparing(PublishedPolicy::effectiveTo)
            .thenComparingLong(PublishedPolicy::publishedRevision);

    private RegionResolution() {
    }

    /**
     * Whether a GB/T 2260 code lies in 台湾 (71), 香港 (81) or 澳门 (82): valid codes, but outside the mainland
     * social-insurance and medical-insurance system, so no policy of it can apply there.
     */
    public static boolean outsideMainlandSystem(String code) {
        return code != null && (code.startsWith("71") || code.startsWith("81") || code.startsWith("82"));
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
     * The version of {@code kind} that applies on {@code date} (in force, else carried forward), among those that
     * satisfy {@code usable} (e.g. a pension policy that holds an annuity table).
     *
     * @param chainCodes the region codes, nearest first, as {@link #chain} returns them
     * @param timelines  the published timeline of a (region code, kind), if any
     */
    public static Optional<Found> resolve(List<String> chainCodes, PolicyKind kind, LocalDate date,
            BiFunction<String, PolicyKind, Optional<PolicyTimeline>> timelines, Predicate<PublishedPolicy> usable) {
        Optional<Found> inForce = inForce(chainCodes, kind, date, timelines, usable);
        if (inForce.isPresent() || kind == PolicyKind.CARRY_FORWARD) {
            return inForce;
        }
        return inForce(chainCodes, PolicyKind.CARRY_FORWARD, date, timelines, p -> true)
                .flatMap(rule -> carriedForward(chainCodes, kind, date, timelines, usable, rule));
    }

    /**
     * How the first region of the chain is served by its own versions of {@code kind}: as {@link #resolve}, but its
     * ancestors' versions of that kind are left out (they may answer in its place, yet do not make its own figures
     * current); the CARRY_FORWARD rule is still looked up along the chain. For reports of what is going stale.
     */
    public static Optional<Found> resolveOwn(List<String> chainCodes, PolicyKind kind, LocalDate date,
            BiFunction<String, PolicyKind, Optional<PolicyTimeline>> timelines, Predicate<PublishedPolicy> usable) {
        String own = chainCodes.get(0);
        return resolve(chainCodes, kind, date,
                (code, k) -> k == kind && !code.equals(own) ? Optional.empty() : timelines.apply(code, k), usable);
    }

    /**
     * The nearest version of {@code kind} in force on {@code date} along the chain that also satisfies {@code usable};
     * nothing is carried forward. Parameters as for {@link #resolve}.
     */
    public static Optional<Found> inForce(List<String> chainCodes, PolicyKind kind, LocalDate date,
            BiFunction<String, PolicyKind, Optional<PolicyTimeline>> timelines, Predicate<PublishedPolicy> usable) {
        for (String code : chainCodes) {
            Optional<PolicyTimeline> timeline = timelines.apply(code, kind);
            Optional<PublishedPolicy> inForce = timeline.flatMap(t -> t.inForceOn(date)).filter(usable);
            if (inForce.isPresent()) {
                return Optional.of(new Found(timeline.get(), inForce.get(), null));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> maxMonths(PublishedPolicy carryForwardRule, PolicyKind kind) {
        return ((CarryForwardPolicy) carryForwardRule.payload()).rule(kind).map(CarryForwardPolicy.Rule::maxMonths);
    }

    /** Step 2: the nearest region's latest usable version that has ended, if the rule still allows its use. */
    private static Optional<Found> carriedForward(List<String> chainCodes, PolicyKind kind, LocalDate date,
            BiFunction<String, PolicyKind, Optional<PolicyTimeline>> timelines, Predicate<PublishedPolicy> usable,
            Found rule) {
        Optional<Integer> maxMonths = maxMonths(rule.policy(), kind);
        if (maxMonths.isEmpty()) {
            return Optional.empty();
        }
        for (String code : chainCodes) {
            Optional<PolicyTimeline> timeline = timelines.apply(code, kind);
            Optional<PublishedPolicy> ended = timeline.flatMap(t -> t.versions().stream()
                    .filter(v -> v.effectiveTo() != null && !v.effectiveTo().isAfter(date))
                    .filter(usable)
                    .max(LATEST_END));
            if (ended.isPresent()) {
                return date.isBefore(ended.get().effectiveTo().plusMonths(maxMonths.get()))
                        ? Optional.of(new Found(timeline.get(), ended.get(), rule))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
