package org.shebao.policyservice.rest.console;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.shebao.policyservice.console.ContributionCsv;
import org.shebao.policyservice.security.ConsoleSessionMechanism;
import org.shebao.policyservice.security.ConsoleSignIn;
import org.shebao.policyservice.security.LocalSessions;
import org.shebao.policyservice.security.Roles;

/**
 * The console's pages: server-rendered shells (Qute) whose scripts fill them from {@code /console/api}. A page
 * without a signed-in operator leads to sign-in and back: the local sign-in page, or the OIDC issuer.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    @Inject
    SecurityIdentity identity;

    @Inject
    ConsoleSignIn signIn;

    @Inject
    LocalSessions sessions;

    @Inject
    OidcSession oidcSession;

    @Inject
    HttpAuthenticator authenticator;

    @Inject
    RoutingContext routing;

    @Location("console/coverage.html")
    Template coverage;

    @Location("console/regions.html")
    Template regions;

    @Location("console/draft.html")
    Template draft;

    @Location("console/import.html")
    Template bulkImport;

    @Location("console/audit.html")
    Template audit;

    @Location("console/no-sign-in.html")
    Template noSignIn;

    @Location("console/signed-out.html")
    Template signedOut;

    @Context
    UriInfo uri;

    // Read per request: a page must keep the token the browser already holds, or it would break the other tabs'
    // pages (their token would no longer match the cookie).
    @Context
    HttpHeaders headers;

    // Query parameters of the pages are read by their scripts; they are declared so that UnknownQueryParameters
    // lets them through.

    @GET
    @Operation(hidden = true)
    public Response coveragePage(@QueryParam("date") String date, @QueryParam("kind") String kind,
            @QueryParam("region") String region) {
        return page(coverage, "coverage", Map.of());
    }

    @GET
    @Path("regions")
    @Operation(hidden = true)
    public Response regionsPage(@QueryParam("code") String code) {
        return page(regions, "regions", Map.of());
    }

    @GET
    @Path("drafts/new")
    @Operation(hidden = true)
    public Response newDraftPage(@QueryParam("regionCode") String regionCode, @QueryParam("kind") String kind,
            @QueryParam("effectiveFrom") String effectiveFrom) {
        return page(draft, "regions", Map.of("draftId", ""));
    }

    @GET
    @Path("drafts/{id}")
    @Operation(hidden = true)
    public Response draftPage(@PathParam("id") long id) {
        return page(draft, "regions", Map.of("draftId", Long.toString(id)));
    }

    @GET
    @Path("audit")
    @Operation(hidden = true)
    public Response auditPage(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("regionCode") String regionCode) {
        return page(audit, "audit", Map.of());
    }

    @GET
    @Path("import")
    @Operation(hidden = true)
    public Response importPage(@QueryParam("changeSet") String changeSet) {
        return page(bulkImport, "import", Map.of("csvHeader", String.join(",", ContributionCsv.COLUMNS)));
    }

    /** Ends the console session, local or OIDC (its cookie is removed); the script then shows the signed-out page. */
    @POST
    @Path("sign-out")
    @Blocking // the identity is resolved on demand (proactive authentication is off), which blocks
    @Operation(hidden = true)
    public Uni<Response> signOut(@CookieParam(LocalSessions.COOKIE) String session) {
        Response signedOut = Response.noContent().cookie(new NewCookie.Builder(LocalSessions.COOKIE).value("")
                .path(ConsoleSessionMechanism.CONSOLE_PATH).maxAge(0).build()).build();
        if (signIn.mode() == ConsoleSignIn.Mode.OIDC && !identity.isAnonymous()) {
            return oidcSession.logout().replaceWith(signedOut);
        }
        sessions.close(session);
        return Uni.createFrom().item(signedOut);
    }

    @GET
    @Path("signed-out")
    @Operation(hidden = true)
    public TemplateInstance signedOutPage() {
        return signedOut.instance();
    }

    /**
     * Where the OIDC issuer sends the browser back with {@code code} and {@code state} (the parameters of RFC 6749 and
     * RFC 9207 are declared). Authentication is lazy in this service, so reading the identity is what lets quarkus-oidc
     * redeem the code with the PKCE verifier; it then redirects to the page first asked for. A bookmark of this address
     * just opens the console.
     */
    @GET
    @Path("signed-in")
    @Operation(hidden = true)
    public Response signedIn(@QueryParam("code") String code, @QueryParam("state") String state,
            @QueryParam("iss") String issuer, @QueryParam("session_state") String sessionState,
            @QueryParam("error") String error, @QueryParam("error_description") String errorDescription,
            @QueryParam("error_uri") String errorUri) {
        identity.isAnonymous();
        return Response.seeOther(URI.create(ConsoleSessionMechanism.CONSOLE_PATH)).build();
    }

    private Response page(Template template, String section, Map<String, Object> data) {
        if (identity.isAnonymous()) {
            return switch (signIn.mode()) {
                case LOCAL -> localSignIn();
                case OIDC -> issuerSignIn();
                case NONE -> Response.status(401).entity(noSignIn.instance()).build();
            };
        }
        String token = ConsoleCsrf.token(headers.getCookies().get(ConsoleCsrf.COOKIE));
        TemplateInstance instance = template.data("operator", identity.getPrincipal().getName())
                .data("editor", identity.hasRole(Roles.EDITOR))
                .data("approver", identity.hasRole(Roles.APPROVER))
                .data("csrf", token)
                .data("section", section);
        data.forEach(instance::data);
        return Response.ok(instance).cookie(ConsoleCsrf.cookie(token)).build();
    }

    /**
     * To the OIDC issuer: the console tenant's challenge (ConsoleOidcTenant), a redirect to the authorization endpoint
     * with a PKCE code challenge, whose verifier quarkus-oidc keeps in its encrypted state cookie.
     */
    private Response issuerSignIn() {
        ChallengeData challenge = authenticator.getChallenge(routing).await().indefinitely();
        if (challenge == null) {
            return Response.status(401).entity(noSignIn.instance()).build();
        }
        Response.ResponseBuilder response = Response.status(challenge.status);
        challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
        return response.build();
    }

    /** To the local sign-in page, which comes back here afterwards. */
    private Response localSignIn() {
        String back = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return Response.seeOther(URI.create("/console/sign-in?next=" + URLEncoder.encode(back,
                StandardCharsets.UTF_8))).build();
    }
}
