package org.shebao.policyservice.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the local sign-in's session cookie, on console paths only: the API under {@code /api} keeps its bearer token
 * alone, so a cookie can never act on it (no cross-site request reaches the API with an operator's rights). A missing,
 * unknown or expired session leaves the request anonymous; the console then leads back to sign-in.
 */
@ApplicationScoped
public class ConsoleSessionMechanism implements HttpAuthenticationMechanism {

    public static final String CONSOLE_PATH = "/console";

    @Inject
    LocalSessions sessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviders) {
        if (!isConsolePath(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(LocalSessions.COOKIE);
        return sessions.find(cookie == null ? null : cookie.getValue())
                .map(session -> identityProviders.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                        new ConsoleSessionRequest(session), context)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    /** No challenge of its own: console pages redirect to sign-in, the console's JSON answers 401. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ConsoleSessionRequest.class);
    }

    public static boolean isConsolePath(String path) {
        return path != null && (path.equals(CONSOLE_PATH) || path.startsWith(CONSOLE_PATH + "/"));
    }
}
