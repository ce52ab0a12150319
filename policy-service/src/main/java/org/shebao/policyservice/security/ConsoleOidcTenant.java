package org.shebao.policyservice.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import org.shebao.policyservice.console.ConsoleConfig;

/**
 * The console's OIDC tenant: on {@code /console} paths only, and only when an issuer is configured, quarkus-oidc signs
 * operators in with the authorization-code flow and PKCE and keeps them in its encrypted session cookie. Every other
 * path falls to the default tenant, which is disabled, so the API keeps its bearer tokens verified by smallrye-jwt.
 * Built here rather than as {@code quarkus.oidc.console.*} properties so that an unset issuer means "no sign-in"
 * instead of a failed start.
 */
@ApplicationScoped
public class ConsoleOidcTenant implements TenantConfigResolver, JavaScriptRequestChecker {

    public static final String TENANT_ID = "console";
    /** Where the issuer sends the browser back; register {@code <base URL>/console/signed-in} as the redirect URI. */
    public static final String REDIRECT_PATH = ConsoleSessionMechanism.CONSOLE_PATH + "/signed-in";

    private final OidcTenantConfig tenant;

    @Inject
    public ConsoleOidcTenant(ConsoleConfig config, ConsoleSignIn signIn) {
        this.tenant = signIn.mode() == ConsoleSignIn.Mode.OIDC ? tenant(config.oidc()) : null;
    }

    private static OidcTenantConfig tenant(ConsoleConfig.Oidc oidc) {
        var builder = OidcTenantConfig.builder()
                .tenantId(TENANT_ID)
                .authServerUrl(oidc.issuer().orElseThrow())
                .clientId(oidc.clientId())
                .applicationType(ApplicationType.WEB_APP)
                .authentication()
                    .pkceRequired()
                    .redirectPath(REDIRECT_PATH)
                    // back to the page the operator asked for, its query included
                    .restorePathAfterRedirect()
                    // the console's scripts get a status to act on, not a redirect to another origin
                    .javaScriptAutoRedirect(false)
                    .cookiePath(ConsoleSessionMechanism.CONSOLE_PATH)
                    .end()
                .roles()
                    .source(oidc.rolesSource())
                    .roleClaimPath(oidc.rolesClaim())
                    .end();
        oidc.clientSecret().ifPresent(builder::credentials);
        return builder.build();
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        return tenant != null && ConsoleSessionMechanism.isConsolePath(context.normalizedPath())
                ? Uni.createFrom().item(tenant)
                : Uni.createFrom().nullItem();
    }

    /** The console's scripts call {@code /console/api}; an expired session there is answered 499, not redirected. */
    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        String path = context.normalizedPath();
        return path != null && path.startsWith(ConsoleSessionMechanism.CONSOLE_PATH + "/api/");
    }
}
