package org.shebao.policyservice.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shebao.policyservice.model.OutboxEventEntity;

/**
 * What one pass of the relay sends of the oldest unsent rows. Each value is the complete state of its key, so of
 * several unsent rows of one key only the newest is sent and the older ones are superseded. Every key therefore
 * appears once in a batch, and a row is only ever resent while no newer row of its key has gone out — an older
 * revision never lands after a newer one.
 *
 * @param toSend     the newest row of each key, in the order the keys first appear
 * @param superseded ids of the older rows, settled along with the batch without being sent
 */
record OutboxBatch(List<OutboxEventEntity> toSend, List<Long> superseded) {

    static OutboxBatch coalesce(List<OutboxEventEntity> oldestUnsent) {
        Map<String, OutboxEventEntity> newestPerKey = new LinkedHashMap<>();
        List<Long> superseded = new ArrayList<>();
        for (OutboxEventEntity row : oldestUnsent) {
            OutboxEventEntity previous = newestPerKey.put(row.eventKey, row);
            if (previous != null) {
                superseded.add(previous.id);
            }
        }
        return new OutboxBatch(List.copyOf(newestPerKey.values()), List.copyOf(superseded));
    }

    /** The rows to mark sent once {@code acknowledged} of {@link #toSend} reached the broker: those and the superseded. */
    List<Long> settled(List<OutboxEventEntity> acknowledged) {
        List<Long> settled = new ArrayList<>(superseded);
        acknowledged.forEach(row -> settled.add(row.id));
        return settled;
    }
}
