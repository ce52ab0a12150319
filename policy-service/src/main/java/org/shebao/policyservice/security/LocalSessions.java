package org.shebao.policyservice.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.policyservice.console.ConsoleConfig;

/**
 * Console sessions of the local sign-in, held in memory: the local stack runs one instance, and a restart signs
 * everyone out (the console keeps the draft being edited in the browser). Production uses its OIDC issuer's session.
 */
@ApplicationScoped
public class LocalSessions {

    /** The cookie that carries a session id; HttpOnly, SameSite=Strict, path /console. */
    public static final String COOKIE = "console-session";

    /** One signed-in operator. */
    public record Session(String name, Set<String> roles, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    @Inject
    ConsoleConfig config;

    @Inject
    Clock clock;

    /** Starts a session and answers its id; only when the local sign-in is on. */
    public String open(String name, Set<String> roles) {
        if (!config.localSignIn()) {
            throw new IllegalStateException("the local sign-in is off in this profile");
        }
        String id = randomToken();
        byId.put(id, new Session(name, Set.copyOf(roles), clock.instant().plus(config.sessionTtl())));
        return id;
    }

    public Optional<Session> find(String id) {
        Session session = id == null ? null : byId.get(id);
        if (session != null && !session.expiresAt().isAfter(clock.instant())) {
            byId.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(session);
    }

    public void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** 32 random bytes, URL-safe: session ids and CSRF tokens. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
