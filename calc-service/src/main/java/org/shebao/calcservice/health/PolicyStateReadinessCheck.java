package org.shebao.calcservice.health;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.shebao.calcservice.messaging.CatchUp;
import org.shebao.calcservice.messaging.FreshnessMonitor;
import org.shebao.calcservice.state.PolicyState;

/**
 * Not ready until the state holds everything the topic held at start: answering earlier could cite an outdated policy.
 * Once caught up it stays ready through broker outages (the Kafka channel's own check is off) and reports staleness.
 */
@Readiness
@ApplicationScoped
public class PolicyStateReadinessCheck implements HealthCheck {

    @Inject
    CatchUp catchUp;

    @Inject
    FreshnessMonitor freshness;

    @Inject
    PolicyState state;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        boolean caughtUp = catchUp.isCaughtUp(clock.instant());
        var builder = HealthCheckResponse.named("policy-state")
                .status(caughtUp)
                .withData("caughtUp", caughtUp)
                .withData("appliedEvents", state.appliedEvents())
                .withData("heldKeys", state.heldKeys());
        if (caughtUp) {
            builder.withData("stalenessSeconds", freshness.staleness().toSeconds());
            builder.withData("confirmedCurrentAt", String.valueOf(catchUp.confirmedCurrentAt()));
        } else {
            builder.withData("partitionsToCatchUp", catchUp.targets().toString());
            builder.withData("positions", catchUp.positions().toString());
        }
        return builder.build();
    }
}
