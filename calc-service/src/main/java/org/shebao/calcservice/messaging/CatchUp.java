package org.shebao.calcservice.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.TopicPartition;

/**
 * Tracks whether the state has caught up with the topic. At the first assignment the consumer records each
 * partition's end offset; the service is ready once every record before those offsets has been applied. Later, a
 * periodic check confirms the state is still current, which is how staleness is measured while the broker is away.
 */
@ApplicationScoped
public class CatchUp {

    /** End offset seen at start, per partition: the state is complete once everything before it is applied. */
    private final Map<TopicPartition, Long> targets = new ConcurrentHashMap<>();
    /** Next offset to apply, per partition. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private volatile boolean assigned;
    private volatile boolean caughtUp;
    private volatile Instant confirmedCurrentAt;

    /** Called once per partition, at its first assignment, with where it starts and ends. */
    public void targetFor(TopicPartition partition, long beginning, long end) {
        targets.putIfAbsent(partition, end);
        positions.merge(partition, beginning, Math::max);
        assigned = true;
    }

    public void applied(TopicPartition partition, long offset) {
        positions.merge(partition, offset + 1, Math::max);
    }

    /** True once every partition reached the end offset it had at start; stays true afterwards. */
    public boolean isCaughtUp(Instant now) {
        if (!caughtUp && assigned && reached(targets)) {
            caughtUp = true;
            confirmedCurrentAt = now;
        }
        return caughtUp;
    }

    /** Records that the state matched the topic's end offsets just read from the broker. */
    public void confirmCurrent(Map<TopicPartition, Long> endOffsets, Instant now) {
        if (caughtUp && reached(endOffsets)) {
            confirmedCurrentAt = now;
        }
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> positions.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }

    public Instant confirmedCurrentAt() {
        return confirmedCurrentAt;
    }

    public Map<TopicPartition, Long> targets() {
        return Map.copyOf(targets);
    }

    public Map<TopicPartition, Long> positions() {
        return Map.copyOf(positions);
    }
}
