package org.shebao.policyservice.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shebao.policyservice.model.OutboxEventEntity;

class OutboxBatchTest {

    private static OutboxEventEntity row(long id, String key) {
        OutboxEventEntity row = new OutboxEventEntity();
        row.id = id;
        row.eventKey = key;
        return row;
    }

    @Test
    void onlyTheNewestRowOfEachKeyIsSentAndTheOlderOnesAreSuperseded() {
        OutboxEventEntity a1 = row(1, "policy/110000/CONTRIBUTION");
        OutboxEventEntity r2 = row(2, "region/110000");
        OutboxEventEntity a3 = row(3, "policy/110000/CONTRIBUTION");
        OutboxEventEntity a4 = row(4, "policy/110000/CONTRIBUTION");

        OutboxBatch batch = OutboxBatch.coalesce(List.of(a1, r2, a3, a4));

        assertThat(batch.toSend()).containsExactly(a4, r2);
        assertThat(batch.superseded()).containsExactly(1L, 3L);
    }

    @Test
    void supersededRowsAreSettledWithWhatTheBrokerAcknowledgedAndNothingElse() {
        OutboxEventEntity a1 = row(1, "a");
        OutboxEventEntity a2 = row(2, "a");
        OutboxEventEntity b3 = row(3, "b");
        OutboxBatch batch = OutboxBatch.coalesce(List.of(a1, a2, b3));

        assertThat(batch.settled(List.of(a2))).containsExactly(1L, 2L);
        assertThat(batch.settled(List.of())).containsExactly(1L);
    }

    @Test
    void anEmptyBatchSendsNothing() {
        OutboxBatch batch = OutboxBatch.coalesce(List.of());

        assertThat(batch.toSend()).isEmpty();
        assertThat(batch.superseded()).isEmpty();
    }
}
