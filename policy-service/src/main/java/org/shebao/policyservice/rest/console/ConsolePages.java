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
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.shebao.policyservice.console.ConsoleConfig;
import org.shebao.policyservice.console.ContributionCsv;
import org.shebao.policyservice.security.ConsoleSessionMechanism;
import org.shebao.policyservice.security.LocalSessions;
import org.shebao.policyservice.security.Roles;

/**
 * The console's pages: server-rendered shells (Qute) whose scripts fill them from {@code /console/api}. A page
 * without a signed-in operator leads to sign-in and back.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    @Inject
    SecurityIdentity identity;

    @Inject
    ConsoleConfig config;

    @Inject
    LocalSessions sessions;

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

    @Context
    UriInfo uri;

    @CookieParam(ConsoleCsrf.COOKIE)
    Cookie csrfCookie;

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
    public Response auditPage() {
        return page(audit, "audit", Map.of());
    }

    @GET
    @Path("import")
    @Operation(hidden = true)
    public Response importPage(@QueryParam("changeSet") String changeSet) {
        return page(bulkImport, "import", Map.of("csvHeader", String.join(",", ContributionCsv.COLUMNS)));
    }

    @POST
    @Path("sign-out")
    @Operation(hidden = true)
    public Response signOut(@CookieParam(LocalSessions.COOKIE) String session) {
        sessions.close(session);
        return Response.noContent().cookie(new NewCookie.Builder(LocalSessions.COOKIE).value("")
                .path(ConsoleSessionMechanism.CONSOLE_PATH).maxAge(0).build()).build();
    }

    private Response page(Template template, String section, Map<String, Object> data) {
        if (identity.isAnonymous()) {
            if (!config.localSignIn()) {
                return Response.status(401).entity(noSignIn.instance()).build();
            }
            String back = uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
            return Response.seeOther(URI.create("/console/sign-in?next=" + URLEncoder.encode(back,
                    StandardCharsets.UTF_8))).build();
        }
        String token = ConsoleCsrf.token(csrfCookie);
        TemplateInstance instance = template.data("operator", identity.getPrincipal().getName())
                .data("editor", identity.hasRole(Roles.EDITOR))
                .data("approver", identity.hasRole(Roles.APPROVER))
                .data("csrf", token)
                .data("section", section);
        data.forEach(instance::data);
        return Response.ok(instance).cookie(ConsoleCsrf.cookie(token)).build();
    }
}
