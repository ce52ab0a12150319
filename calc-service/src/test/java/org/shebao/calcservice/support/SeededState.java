package org.shebao.calcservice.support;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.shebao.calcservice.state.PolicyState;
import org.shebao.contract.PolicyEvent;

/**
 * Applies the data set's events to the state at start, in topic order, exactly as the consumer does with each record
 * ({@link PolicyState#apply}). Only under {@link BrokerlessProfile}.
 */
@ApplicationScoped
public class SeededState {

    static final String ENABLED = "calc.test.seed-data-set";

    @ConfigProperty(name = ENABLED, defaultValue = "false")
    boolean enabled;

    @Inject
    PolicyState state;

    @Inject
    Clock clock;

    void seed(@Observes StartupEvent event) {
        if (enabled) {
            for (PolicyEvent policyEvent : DataSetEvents.all()) {
                state.apply(policyEvent, clock.instant());
            }
        }
    }
}
