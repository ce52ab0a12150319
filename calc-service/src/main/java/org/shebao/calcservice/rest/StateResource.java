package org.shebao.calcservice.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shebao.calcservice.messaging.CatchUp;
import org.shebao.calcservice.messaging.FreshnessMonitor;
import org.shebao.calcservice.state.PolicyState;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "State", description = "What calc-service holds, so operators can see that what they published is live")
public class StateResource {

    /** The held state: every key with its revision, and how fresh it is. */
    public record StateView(boolean caughtUp, long stalenessSeconds, Instant confirmedCurrentAt, long appliedEvents,
            long ignoredEvents, Instant lastChange, List<PolicyState.Entry> entries) {
    }

    @Inject
    PolicyState state;

    @Inject
    CatchUp catchUp;

    @Inject
    FreshnessMonitor freshness;

    @Inject
    Clock clock;

    @GET
    @Path("state")
    @Operation(summary = "Held state", description = "Every (region, kind) timeline and region with the revision held. "
            + "Compare with policy-service to see a publication is live.")
    public StateView state() {
        return new StateView(catchUp.isCaughtUp(clock.instant()), freshness.staleness().toSeconds(),
                catchUp.confirmedCurrentAt(), state.appliedEvents(), state.ignoredEvents(), state.lastChange(),
                state.entries());
    }

    /** The trivial endpoint that calculation throughput is measured against. */
    public record Pong(String status) {
    }

    @GET
    @Path("ping")
    @Operation(summary = "Trivial answer", description = "For connectivity checks and as the throughput baseline.")
    public Pong ping() {
        return new Pong("ok");
    }
}
