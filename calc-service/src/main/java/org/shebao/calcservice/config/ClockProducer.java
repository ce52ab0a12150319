package org.shebao.calcservice.config;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** Policy dates are Chinese calendar dates: "this month" is this month in Asia/Shanghai. Tests replace this bean. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId POLICY_ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(POLICY_ZONE);
    }
}
