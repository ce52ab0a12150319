package org.shebao.calcservice.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shebao.calcservice.api.Pong;
import org.shebao.calcservice.api.StateAnswer;
import org.shebao.calcservice.service.StateService;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "State", description = "What calc-service holds, so operators can see that what they published is live")
public class StateResource {

    @Inject
    StateService state;

    @GET
    @Path("state")
    @Operation(operationId = "getState", summary = "Held state", description = "Every (region, kind) timeline and region with the revision held. "
            + "Compare with policy-service to see a publication is live.")
    public StateAnswer state() {
        return state.held();
    }

    @GET
    @Path("ping")
    @Operation(operationId = "ping", summary = "Trivial answer", description = "For connectivity checks and as the throughput baseline.")
    public Pong ping() {
        return Pong.OK;
    }
}
