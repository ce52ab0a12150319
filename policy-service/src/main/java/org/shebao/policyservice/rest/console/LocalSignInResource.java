package org.shebao.policyservice.rest.console;

import java.util.LinkedHashSet;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.shebao.policyservice.console.ConsoleConfig;
import org.shebao.policyservice.security.ConsoleSessionMechanism;
import org.shebao.policyservice.security.LocalSessions;
import org.shebao.policyservice.security.Roles;

/**
 * The local stack's sign-in: any name with the roles chosen, like {@code deploy/local/token.sh}. It exists only
 * where {@code policy.console.local-sign-in} is on (dev, test and the local stack's {@code local} profile); in
 * production both paths answer 404 and operators sign in through the OIDC issuer.
 */
@Path("/console/sign-in")
public class LocalSignInResource {

    /** What the sign-in form sends. */
    public record SignIn(
            @NotNull @Pattern(regexp = "[a-z][a-z0-9._-]{0,63}", message = "lower-case letters, digits, . _ -") String name,
            @NotEmpty List<@NotNull @Pattern(regexp = Roles.EDITOR + "|" + Roles.APPROVER,
                    message = "must be " + Roles.EDITOR + " or " + Roles.APPROVER) String> roles) {
    }

    @Inject
    ConsoleConfig config;

    @Inject
    LocalSessions sessions;

    @Location("console/sign-in.html")
    Template page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response form(@CookieParam(ConsoleCsrf.COOKIE) Cookie csrfCookie,
            @QueryParam("next") String next) { // where the page's script goes after signing in
        requireEnabled();
        String token = ConsoleCsrf.token(csrfCookie);
        return Response.ok(page.data("csrf", token).data("editorRole", Roles.EDITOR).data("approverRole",
                Roles.APPROVER)).cookie(ConsoleCsrf.cookie(token)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response signIn(@Valid @NotNull SignIn signIn) {
        requireEnabled();
        String id = sessions.open(signIn.name(), new LinkedHashSet<>(signIn.roles()));
        return Response.noContent().cookie(new NewCookie.Builder(LocalSessions.COOKIE).value(id)
                .path(ConsoleSessionMechanism.CONSOLE_PATH).httpOnly(true).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) config.sessionTtl().toSeconds()).build()).build();
    }

    private void requireEnabled() {
        if (!config.localSignIn()) {
            throw new NotFoundException();
        }
    }
}
