package org.shebao.calcservice.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.shebao.contract.PolicyEvent;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicyTimeline;
import org.shebao.contract.Region;
import org.shebao.contract.RegionResolution;

/**
 * Everything calc-service knows: the region tree and, per (region, kind), the timeline of published versions. It is
 * built from the policy topic alone. Values are immutable; an event replaces a value only when its revision is newer,
 * so duplicates and out-of-order delivery never move the state backwards.
 */
@ApplicationScoped
public class PolicyState {

    /** A held value with the revision it came with. */
    public record HeldRegion(Region region, long revision) {
    }

    /** One entry of the state listing. */
    public record Entry(String key, String regionCode, PolicyKind kind, long revision, int versions) {
    }

    private final Map<String, HeldRegion> regions = new ConcurrentHashMap<>();
    private final Map<String, PolicyTimeline> timelines = new ConcurrentHashMap<>();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong ignored = new AtomicLong();
    private volatile Instant lastChange;

    /** Applies an event if it is newer than what is held; true when it changed the state. */
    public boolean apply(PolicyEvent event, Instant now) {
        boolean changed = switch (event.type()) {
            case REGION -> replaceIfNewer(regions, event.region().code(), new HeldRegion(event.region(), event.revision()),
                    HeldRegion::revision);
            case POLICY_TIMELINE -> replaceIfNewer(timelines, event.key(), event.timeline(), PolicyTimeline::revision);
        };
        (changed ? applied : ignored).incrementAndGet();
        if (changed) {
            lastChange = now;
        }
        return changed;
    }

    private static <V> boolean replaceIfNewer(Map<String, V> map, String key, V value,
            ToLongFunction<V> revision) {
        boolean[] replaced = { false };
        map.compute(key, (k, held) -> {
            if (held == null || revision.applyAsLong(value) > revision.applyAsLong(held)) {
                replaced[0] = true;
                return value;
            }
            return held;
        });
        return replaced[0];
    }

    public Optional<Region> region(String code) {
        HeldRegion held = regions.get(code);
        return held == null ? Optional.empty() : Optional.of(held.region());
    }

    /** The region and its ancestors, nearest first. */
    public List<Region> chain(String code) {
        return RegionResolution.chain(code, this::region, Region::parentCode);
    }

    public Optional<PolicyTimeline> timeline(String regionCode, PolicyKind kind) {
        return Optional.ofNullable(timelines.get(PolicyEvent.timelineKey(regionCode, kind)));
    }

    /** Every held timeline, in no particular order. */
    public Collection<PolicyTimeline> timelines() {
        return List.copyOf(timelines.values());
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        regions.forEach((code, held) -> entries.add(
                new Entry(PolicyEvent.regionKey(code), code, null, held.revision(), 0)));
        timelines.forEach((key, timeline) -> entries.add(new Entry(key, timeline.regionCode(), timeline.kind(),
                timeline.revision(), timeline.versions().size())));
        entries.sort(Comparator.comparing(Entry::key));
        return entries;
    }

    /** How many regions and timelines are held, without building the listing. */
    public int heldKeys() {
        return regions.size() + timelines.size();
    }

    public long appliedEvents() {
        return applied.get();
    }

    public long ignoredEvents() {
        return ignored.get();
    }

    public Instant lastChange() {
        return lastChange;
    }
}
