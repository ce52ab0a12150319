package org.shebao.calcservice.messaging;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Every instance holds the whole state, so it reads every partition from the beginning at each start, whatever offsets
 * its group may hold, and notes where each partition ends to know when it has caught up.
 */
@ApplicationScoped
@Identifier("policy-events-from-beginning")
public class SeekToBeginning implements KafkaConsumerRebalanceListener {

    @Inject
    CatchUp catchUp;

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        consumer.seekToBeginning(partitions);
        for (TopicPartition partition : partitions) {
            catchUp.targetFor(partition, beginnings.get(partition), ends.get(partition));
        }
    }
}
