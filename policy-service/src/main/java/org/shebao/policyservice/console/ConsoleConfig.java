package org.shebao.policyservice.console;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.oidc.runtime.OidcTenantConfig.Roles.Source;
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

    /** Production's sign-in through the bureau's OIDC issuer; used when the local sign-in is off. */
    Oidc oidc();

    /**
     * The console's OIDC client: authorization-code flow with PKCE. Without an issuer the console has no sign-in and
     * says so on every page. Environment: {@code POLICY_CONSOLE_OIDC_ISSUER}, {@code POLICY_CONSOLE_OIDC_CLIENT_ID},
     * {@code POLICY_CONSOLE_OIDC_CLIENT_SECRET}, {@code POLICY_CONSOLE_OIDC_ROLES_CLAIM},
     * {@code POLICY_CONSOLE_OIDC_ROLES_SOURCE}.
     */
    interface Oidc {

        /** The issuer URL; its {@code /.well-known/openid-configuration} names the endpoints. */
        Optional<String> issuer();

        /** The client registered at the issuer for the console (redirect URI: {@code <base>/console/signed-in}). */
        @WithDefault("policy-console")
        String clientId();

        /** The client's secret, when the issuer registered the console as a confidential client. */
        Optional<String> clientSecret();

        /** The claim holding the operator's roles ({@code policy-editor}, {@code policy-approver}), as in API tokens. */
        @WithDefault("groups")
        String rolesClaim();

        /** Which token carries that claim: the ID token, the access token or the userinfo answer. */
        @WithDefault("idtoken")
        Source rolesSource();
    }

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
