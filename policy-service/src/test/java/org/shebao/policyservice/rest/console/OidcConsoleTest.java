package org.shebao.policyservice.rest.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.shebao.localstack.quarkus.InjectTestResource;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;
import org.shebao.policyservice.support.OidcProviderStub;

/**
 * Production's console sign-in: the production profile with an OIDC issuer configured (a stub provider here). The
 * console leads to the issuer with the authorization-code flow and PKCE, the issuer's answer lands on the console
 * signed in with the roles of the {@code groups} claim, the console's writes still need the CSRF token, sign-out ends
 * the session, the local sign-in does not exist, and the API keeps its bearer tokens.
 */
@QuarkusTest
@TestProfile(ProductionConsoleTest.Production.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(OidcProviderStub.class)
class OidcConsoleTest extends ApiSupport {

    @InjectTestResource
    OidcProviderStub issuer;

    /** A browser's cookies for the console: the OIDC session and the page's CSRF token. */
    record Browser(Map<String, String> cookies, String csrf) {
        RequestSpecification request() {
            return given().redirects().follow(false).cookies(cookies).header(ConsoleCsrf.HEADER, csrf)
                    .contentType(ContentType.JSON);
        }
    }

    /**
     * What the browser does: opens the page, follows the issuer's sign-in and comes back signed in. The stub's token
     * endpoint redeems the code only with the PKCE verifier matching the challenge, so a session proves PKCE worked.
     */
    Browser signIn(String page, String username, String... groups) throws IOException, InterruptedException {
        Response challenge = given().redirects().follow(false).get(page);
        challenge.then().statusCode(302);
        URI authorization = URI.create(challenge.header("Location"));
        Map<String, String> cookies = new HashMap<>(challenge.cookies());

        issuer.signInNext(username, groups);
        HttpResponse<Void> authorized = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(authorization).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(authorized.statusCode()).isEqualTo(302);
        URI callback = URI.create(authorized.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/console/signed-in");

        Response signedIn = given().redirects().follow(false).urlEncodingEnabled(false).cookies(cookies)
                .get(callback.getPath() + "?" + callback.getRawQuery());
        signedIn.then().statusCode(302);
        URI restored = URI.create(signedIn.header("Location"));
        assertThat(restored.getPath() + "?" + restored.getRawQuery()).isEqualTo(page);
        cookies.putAll(signedIn.cookies());
        cookies.entrySet().removeIf(cookie -> cookie.getValue().isEmpty());

        Response console = given().redirects().follow(false).cookies(cookies).get(page);
        console.then().statusCode(200).body(containsString(username));
        cookies.putAll(console.cookies());
        return new Browser(cookies, console.cookie(ConsoleCsrf.COOKIE));
    }

    @Test
    void theConsoleLeadsToTheIssuerWithTheAuthorizationCodeFlowAndPkce() {
        Response challenge = given().redirects().follow(false).get("/console");
        challenge.then().statusCode(302);
        URI location = URI.create(challenge.header("Location"));
        assertThat(location.toString()).startsWith(issuer.authorizationEndpoint() + "?");
        Map<String, String> query = OidcProviderStub.query(location);
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", OidcProviderStub.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "state");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("redirect_uri")).endsWith("/console/signed-in");
        assertThat(query.get("scope")).contains("openid");
    }

    @Test
    void theIssuersAnswerLandsOnTheConsoleSignedInWithTheRolesOfTheGroupsClaim() throws Exception {
        Browser alice = signIn("/console?date=2031-07-01", "alice", "policy-editor");
        alice.request().get("/console/api/session").then().statusCode(200).body("name", equalTo("alice"))
                .body("roles", equalTo(List.of("policy-editor")));
        Browser both = signIn("/console/regions?code=110000", "carol", "policy-editor", "policy-approver");
        both.request().get("/console/api/session").then().statusCode(200)
                .body("roles", equalTo(List.of("policy-editor", "policy-approver")));
    }

    @Test
    void writesNeedTheCsrfTokenAndActAsTheSignedInOperator() throws Exception {
        ensureRegions("968000", null);
        String draft = Drafts.json(Drafts.contribution("968000", "2031-07-01", "2032-07-01", 7000, 35000, "0.08"));
        Browser alice = signIn("/console?date=2031-07-01", "alice", "policy-editor");

        given().cookies(alice.cookies()).contentType(ContentType.JSON).body(draft).post("/console/api/v1/policies")
                .then().statusCode(403).body("type", equalTo("urn:shebao:problem:csrf-token-missing"));
        alice.request().body(draft).post("/console/api/v1/policies").then().statusCode(201)
                .body("author", equalTo("alice"));
        // the OIDC session cookie does not act on the API, which keeps its bearer tokens
        alice.request().body(draft).post("/api/v1/policies").then().statusCode(401)
                .contentType("application/problem+json");
        editor("api-client").get("/api/v1/coverage?kind=CONTRIBUTION").then().statusCode(200);
    }

    @Test
    void signOutEndsTheSessionAndTheConsoleAsksTheIssuerAgain() throws Exception {
        Browser alice = signIn("/console?date=2031-07-01", "alice", "policy-editor");
        Response signedOut = alice.request().post("/console/sign-out");
        signedOut.then().statusCode(204);
        Map<String, String> after = new HashMap<>(alice.cookies());
        signedOut.detailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                after.remove(cookie.getName());
            }
        });
        assertThat(after.keySet()).noneMatch(name -> name.startsWith("q_session"));
        given().redirects().follow(false).cookies(after).get("/console").then().statusCode(302)
                .header("Location", containsString(issuer.authorizationEndpoint()));
        given().get("/console/signed-out").then().statusCode(200).body(containsString("已退出"));
    }

    @Test
    void scriptsGet401NotARedirectAndTheLocalSignInIsAbsent() {
        given().redirects().follow(false).accept(ContentType.JSON).get("/console/api/session").then().statusCode(401);
        given().get("/console/sign-in").then().statusCode(404);
        given().cookie(ConsoleCsrf.COOKIE, "t").header(ConsoleCsrf.HEADER, "t").contentType(ContentType.JSON)
                .body("{\"name\":\"mallory\",\"roles\":[\"policy-approver\"]}").post("/console/sign-in")
                .then().statusCode(404);
    }
}
