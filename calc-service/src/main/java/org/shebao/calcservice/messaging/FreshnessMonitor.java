package org.shebao.calcservice.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Confirms now and then that the state still matches the end of the topic. While the broker is unreachable the
 * confirmation stops and the staleness grows; the service keeps answering from its last state.
 */
@ApplicationScoped
public class FreshnessMonitor {

    private static final Logger LOG = Logger.getLogger(FreshnessMonitor.class);

    @Inject
    CatchUp catchUp;

    @Inject
    KafkaClientService kafka;

    @Inject
    Clock clock;

    void registerGauge(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("policy.state.staleness.seconds", this, monitor -> monitor.staleness().toMillis() / 1000.0)
                .description("Seconds since the state was last confirmed to match the end of the policy topic")
                .register(registry);
    }

    @Scheduled(every = "${calc.freshness-check-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void confirmCurrent() {
        Instant now = clock.instant();
        if (!catchUp.isCaughtUp(now)) {
            return;
        }
        KafkaConsumer<Object, Object> consumer = kafka.getConsumer(PolicyEventConsumer.CHANNEL);
        if (consumer == null) {
            return;
        }
        try {
            Function<Consumer<Object, Object>, Map<TopicPartition, Long>> endOffsets =
                    c -> c.endOffsets(c.assignment(), Duration.ofSeconds(2));
            Map<TopicPartition, Long> ends = consumer.runOnPollingThread(endOffsets).await().atMost(Duration.ofSeconds(5));
            catchUp.confirmCurrent(ends, clock.instant());
        } catch (RuntimeException e) {
            LOG.debugf("cannot confirm the state is current: %s", e.toString());
        }
    }

    /** Time since the state was last known to be current; zero before the first catch-up. */
    public Duration staleness() {
        Instant confirmed = catchUp.confirmedCurrentAt();
        return confirmed == null ? Duration.ZERO : Duration.between(confirmed, clock.instant());
    }
}
