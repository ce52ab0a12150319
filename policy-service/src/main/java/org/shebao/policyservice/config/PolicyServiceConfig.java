package org.shebao.policyservice.config;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "policy")
public interface PolicyServiceConfig {

    /** The topic events are published to. */
    Topic topic();

    /** The outbox relay that moves events from the database to the topic. */
    Relay relay();

    /** Request sizes operators meet (answered as problems; the HTTP layer's own limits are set above them). */
    Limits limits();

    interface Limits {
        @WithDefault("16M")
        MemorySize body();

        @WithDefault("8192")
        int uri();
    }

    interface Topic {
        @WithDefault("policy-events")
        String name();

        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();

        /** Create the topic (compacted, kept forever) at start when missing; off where an operator manages topics. */
        @WithDefault("true")
        boolean create();
    }

    interface Relay {
        /** How long the relay sleeps when nothing wakes it; commits wake it at once. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long to wait for the broker's acknowledgement of one batch before retrying it. */
        @WithDefault("15s")
        Duration ackTimeout();

        /** Longest pause between attempts while the broker is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();
    }
}
