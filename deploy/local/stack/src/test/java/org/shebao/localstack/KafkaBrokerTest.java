package org.shebao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One broker for the class: each test goes on from the state the previous one left. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaBrokerTest {

    private static final String TOPIC = "policy-events";
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.ephemeral();
        long started = System.nanoTime();
        broker.start();
        System.out.printf("Kafka broker format + start: %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void closeBroker() {
        broker.close();
        assertThat(broker.directory()).doesNotExist();
    }

    @Test
    @Order(1)
    void createsACompactedTopicOnceAndReadsItsConfigurationBack() throws Exception {
        Map<String, String> configs = Map.of("cleanup.policy", "compact", "retention.ms", "-1");
        broker.createTopic(TOPIC, 3, configs);
        broker.createTopic(TOPIC, 3, configs);

        try (Admin admin = broker.admin()) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
            assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(3);
        }
    }

    @Test
    @Order(2)
    void keepsRecordsAcrossAStopAndAStartAtTheSameAddress() {
        String before = broker.bootstrapServers();
        produce("110000", "v1");

        long stopping = System.nanoTime();
        broker.stop();
        long starting = System.nanoTime();
        broker.start();
        System.out.printf("Kafka broker stop: %d ms, restart: %d ms%n",
                (starting - stopping) / 1_000_000, (System.nanoTime() - starting) / 1_000_000);

        assertThat(broker.bootstrapServers()).isEqualTo(before);
        assertThat(consumeAll()).containsExactly("110000=v1");
    }

    @Test
    @Order(3)
    void startsAgainAfterBeingKilled() {
        produce("310000", "v1");
        broker.kill();
        assertThat(broker.isRunning()).isFalse();

        long starting = System.nanoTime();
        broker.start();
        System.out.printf("Kafka broker start after kill: %d ms%n", (System.nanoTime() - starting) / 1_000_000);

        assertThat(consumeAll()).containsExactlyInAnyOrder("110000=v1", "310000=v1");
    }

    @Test
    @Order(4)
    void writesItsLogToAFileInItsDirectory() throws Exception {
        assertThat(broker.logFile()).startsWith(broker.directory());
        assertThat(Files.readString(broker.logFile())).contains("Kafka Server started");
    }

    private static void produce(String key, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        } catch (Exception e) {
            throw new AssertionError("Could not produce to " + TOPIC, e);
        }
    }

    /** Everything in the topic, read from the beginning without a consumer group. */
    private static List<String> consumeAll() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
            return records;
        }
    }
}
