package org.shebao.policyservice.console;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The operator console ({@code /console}): how operators sign in, and where calc-service answers previews. */
@ConfigMapping(prefix = "policy.console")
public interface ConsoleConfig {

    /**
     * The local stack's simple sign-in (a name and roles, like {@code deploy/local/token.sh}). Only the dev, test and
     * local profiles turn it on; production signs operators in through its OIDC issuer.
     */
    @WithDefault("false")
    boolean localSignIn();

    /** How long a local sign-in lasts (a token of token.sh lasts as long). */
    @WithDefault("8h")
    Duration sessionTtl();

    /** calc-service's base URL: policy-service relays what-if previews and state checks to it. */
    @WithDefault("http://127.0.0.1:8082")
    String calcServiceUrl();

    /** How long one call to calc-service may take before the console says it is unavailable. */
    @WithDefault("10s")
    Duration calcServiceTimeout();
}
