package org.shebao.policyservice.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.policyservice.console.ConsoleConfig;

/**
 * How operators sign in to the console in this deployment. The local sign-in wins where it is on (dev, test, the
 * local stack), so a developer's machine never needs an issuer; elsewhere the configured OIDC issuer; with neither,
 * the console says that no sign-in is configured.
 */
@ApplicationScoped
public class ConsoleSignIn {

    public enum Mode {
        LOCAL, OIDC, NONE
    }

    private final Mode mode;

    @Inject
    public ConsoleSignIn(ConsoleConfig config) {
        this.mode = config.localSignIn() ? Mode.LOCAL
                : config.oidc().issuer().filter(issuer -> !issuer.isBlank()).isPresent() ? Mode.OIDC : Mode.NONE;
    }

    public Mode mode() {
        return mode;
    }
}
