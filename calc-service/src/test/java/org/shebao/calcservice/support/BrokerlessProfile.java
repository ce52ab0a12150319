package org.shebao.calcservice.support;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

import org.shebao.calcservice.messaging.PolicyEventConsumer;

/**
 * calc-service without a broker: the Kafka channel is off, the state is seeded from the data set at start as the
 * consumer would build it ({@link SeededState}), and "now" is {@link FixedClock#NOW}. For tests of everything above the
 * consumer; the consumer itself is tested on a real broker (messaging/).
 */
public class BrokerlessProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.messaging.incoming." + PolicyEventConsumer.CHANNEL + ".enabled", "false",
                SeededState.ENABLED, "true");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FixedClock.class);
    }
}
