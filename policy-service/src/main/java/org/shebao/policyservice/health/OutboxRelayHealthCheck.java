package org.shebao.policyservice.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.shebao.policyservice.messaging.OutboxRelay;

/**
 * Live while the relay thread runs. A broker outage does not make the service unhealthy or unready (operators keep
 * publishing; events wait in the outbox), but it shows here as a growing backlog and the last error.
 */
@Liveness
@ApplicationScoped
public class OutboxRelayHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("outbox-relay")
                .status(relay.isAlive())
                .withData("backlog", relay.backlog())
                .withData("leader", relay.isLeader());
        if (relay.lastError() != null) {
            builder.withData("lastError", relay.lastError());
        }
        return builder.build();
    }
}
