package org.shebao.calcservice.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.api.StateAnswer;
import org.shebao.calcservice.messaging.CatchUp;
import org.shebao.calcservice.messaging.FreshnessMonitor;
import org.shebao.calcservice.state.PolicyState;

/** What calc-service holds and how fresh it is, for operators comparing it with policy-service. */
@ApplicationScoped
public class StateService {

    @Inject
    PolicyState state;

    @Inject
    CatchUp catchUp;

    @Inject
    FreshnessMonitor freshness;

    @Inject
    Clock clock;

    public StateAnswer held() {
        return new StateAnswer(catchUp.isCaughtUp(clock.instant()), freshness.staleness().toSeconds(),
                catchUp.confirmedCurrentAt(), state.appliedEvents(), state.ignoredEvents(), state.lastChange(),
                state.entries().stream().map(e -> new StateAnswer.Entry(e.key(), e.regionCode(), e.kind(),
                        e.revision(), e.versions())).toList());
    }
}
