package org.shebao.policyservice.rest.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.shebao.policyservice.rest.Problems;
import org.shebao.policyservice.security.ConsoleSessionMechanism;
import org.shebao.policyservice.security.LocalSessions;

/**
 * CSRF protection of the console, double-submit style: every console page sets a random token in an HttpOnly,
 * SameSite=Strict cookie and writes the same token into the page; the console's scripts send it back in a header
 * with every request that changes something. Another site can make the browser send the cookie, but it can neither
 * read the token nor set the header. Works the same for the local sign-in and for an OIDC session. (The extension
 * quarkus-rest-csrf checks every form POST of the application; the API's bearer-token requests need no CSRF token.)
 */
public class ConsoleCsrf {

    public static final String COOKIE = "console-csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public Optional<Response> requireToken(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())
                || !ConsoleSessionMechanism.isConsolePath(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        String header = request.getHeaderString(HEADER);
        if (cookie != null && header != null && !cookie.getValue().isEmpty()
                && MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                        header.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(HttpProblem.builder()
                .withType(Problems.type("csrf-token-missing"))
                .withStatus(403)
                .withTitle("Forbidden")
                .withDetail("a console request that changes something needs the page's token in " + HEADER
                        + "; reload the page")
                .build().toResponse());
    }

    /** The page's token: the one its cookie already holds, else a new one. */
    static String token(Cookie existing) {
        return existing == null || existing.getValue().isEmpty() ? LocalSessions.randomToken() : existing.getValue();
    }

    static NewCookie cookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path(ConsoleSessionMechanism.CONSOLE_PATH).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
