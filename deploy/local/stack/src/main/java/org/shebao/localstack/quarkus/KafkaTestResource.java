package org.shebao.localstack.quarkus;

import java.util.Map;

import org.shebao.localstack.KafkaBroker;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker in its own JVM on free ports. A test gets it with
 * {@code @InjectTestResource KafkaBroker broker;} to stop, kill or restart it; it comes back at the
 * same address, so the application's configuration stays valid.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.ephemeral();
        broker.start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    /** The running broker, for subclasses that prepare topics before the application starts. */
    protected KafkaBroker broker() {
        return broker;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker,
                new TestInjector.AnnotatedAndMatchesType(InjectTestResource.class, KafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }
}
