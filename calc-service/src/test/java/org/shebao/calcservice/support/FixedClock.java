package org.shebao.calcservice.support;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import org.shebao.calcservice.config.ClockProducer;

/** A clock that stands still, so answers that depend on "now" (this month, today) are the same on every run. */
@Alternative
@ApplicationScoped
public class FixedClock {

    /** The moment the API document's examples were taken (November 2026 in Asia/Shanghai). */
    public static final Instant NOW = Instant.parse("2026-11-23T11:35:00Z");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.fixed(NOW, ClockProducer.POLICY_ZONE);
    }
}
