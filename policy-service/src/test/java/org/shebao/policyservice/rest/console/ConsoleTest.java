package org.shebao.policyservice.rest.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;

/**
 * The console's server side: the local sign-in and its cookie session, CSRF protection of writes, the API's own
 * resources answering under /console/api/v1 with the session's operator, and the API itself untouched by cookies.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class ConsoleTest extends ApiSupport {

    /** A browser's cookies after signing in: the session and the page's CSRF token. */
    record Browser(String session, String csrf) {
        RequestSpecification request() {
            return given().cookie("console-session", session).cookie(ConsoleCsrf.COOKIE, csrf)
                    .header(ConsoleCsrf.HEADER, csrf).contentType(ContentType.JSON);
        }
    }

    static Browser signIn(String name, String... roles) {
        String csrf = given().get("/console/sign-in").then().statusCode(200)
                .body(containsString("本地登录")).extract().cookie(ConsoleCsrf.COOKIE);
        String session = given().cookie(ConsoleCsrf.COOKIE, csrf).header(ConsoleCsrf.HEADER, csrf)
                .contentType(ContentType.JSON).body(Map.of("name", name, "roles", List.of(roles)))
                .post("/console/sign-in").then().statusCode(204).extract().cookie("console-session");
        return new Browser(session, csrf);
    }

    @Test
    void pagesLeadToSignInAndShowTheOperatorAfterwards() {
        given().redirects().follow(false).get("/console").then().statusCode(303)
                .header("Location", containsString("/console/sign-in?next=%2Fconsole"));
        Browser alice = signIn("alice", "policy-editor");
        alice.request().get("/console").then().statusCode(200).body(containsString("alice"))
                .body(containsString("覆盖情况"));
        alice.request().get("/console?date=2031-07-01&kind=CONTRIBUTION&region=110000").then().statusCode(200);
        alice.request().get("/console/audit?regionCode=110000&actor=bob").then().statusCode(200);
        // another tab's page keeps the browser's token, so the pages already open can still write
        alice.request().get("/console/drafts/new?regionCode=110000&kind=CONTRIBUTION").then().statusCode(200)
                .cookie(ConsoleCsrf.COOKIE, alice.csrf()).body(containsString(alice.csrf()));
        given().get("/console/sign-in?next=%2Fconsole%2Fregions").then().statusCode(200);
        alice.request().get("/console/api/session").then().statusCode(200).body("name", equalTo("alice"))
                .body("roles", equalTo(List.of("policy-editor")));
        given().get("/console/assets/console.js").then().statusCode(200);
    }

    @Test
    void theSessionActsThroughTheApiResourcesWithItsOperatorAndWritesNeedTheCsrfToken() {
        ensureRegions("967000", null);
        String draft = Drafts.json(Drafts.contribution("967000", "2031-07-01", "2032-07-01", 7000, 35000, "0.08"));
        Browser alice = signIn("alice", "policy-editor");

        given().cookie("console-session", alice.session()).cookie(ConsoleCsrf.COOKIE, alice.csrf())
                .contentType(ContentType.JSON).body(draft).post("/console/api/v1/policies")
                .then().statusCode(403).body("type", equalTo("urn:shebao:problem:csrf-token-missing"));

        Response created = alice.request().body(draft).post("/console/api/v1/policies");
        created.then().statusCode(201).body("author", equalTo("alice"));
        long id = created.jsonPath().getLong("id");
        alice.request().post("/console/api/v1/policies/" + id + "/submit").then().statusCode(200);

        // four-eyes holds for the session's operator as for a token's
        Browser both = signIn("alice", "policy-editor", "policy-approver");
        both.request().post("/console/api/v1/policies/" + id + "/approve").then().statusCode(403);
        signIn("bob", "policy-approver").request().post("/console/api/v1/policies/" + id + "/approve")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("reviewer", equalTo("bob"));
        alice.request().get("/console/api/v1/coverage?date=2031-07-01&kind=CONTRIBUTION").then().statusCode(200)
                .body("regions.regionCode", hasItem("967000"));
    }

    @Test
    void validationProblemsNameTheFieldThroughTheConsoleToo() {
        ensureRegions("967000", null);
        String bad = Drafts.json(Drafts.contribution("967000", "2033-07-01", "2034-07-01", 7000, 35000, "1.5"));
        signIn("alice", "policy-editor").request().body(bad).post("/console/api/v1/policies").then().statusCode(400)
                .body("violations.field", hasItem(containsString("employeeRate")));
    }

    @Test
    void theApiIgnoresTheConsoleCookieAndAnonymousConsoleCallsAre401() {
        Browser alice = signIn("alice", "policy-editor");
        String draft = Drafts.json(Drafts.contribution("967000", "2035-07-01", null, 7000, 35000, "0.08"));
        alice.request().body(draft).post("/api/v1/policies").then().statusCode(401);
        given().contentType(ContentType.JSON).get("/console/api/session").then().statusCode(401);
        given().cookie(ConsoleCsrf.COOKIE, "t").header(ConsoleCsrf.HEADER, "t").contentType(ContentType.JSON)
                .body(draft).post("/console/api/v1/policies").then().statusCode(401);
    }

    @Test
    void thePreviewSaysWhenCalcServiceIsDown() {
        // no calc-service in tests: the configured port (9, discard) refuses connections
        String body = "{\"regionCode\":\"110000\",\"month\":\"2031-07\",\"payload\":{\"participants\":{}}}";
        signIn("alice", "policy-editor").request().body(body).post("/console/api/preview").then().statusCode(503)
                .body("type", equalTo("urn:shebao:problem:calc-service-unavailable"));
    }

    @Test
    void aWriteAfterTheSessionExpiredIs401SoThePageLeadsToSignIn() {
        // the browser lost both cookies (session ended, cookies cleared); the page still sends its token
        Browser alice = signIn("alice", "policy-editor");
        String draft = Drafts.json(Drafts.contribution("967000", "2036-07-01", null, 7000, 35000, "0.08"));
        given().header(ConsoleCsrf.HEADER, alice.csrf()).contentType(ContentType.JSON).body(draft)
                .put("/console/api/v1/policies/1").then().statusCode(401);
        given().header(ConsoleCsrf.HEADER, alice.csrf()).contentType(ContentType.JSON).body(draft)
                .post("/console/api/v1/policies").then().statusCode(401);
    }

    @Test
    void aCsvOfBasesAndRatesIsReadIntoOneDraftPerRegionAndPeriodAndCheckedByTheDryRun() {
        ensureRegions("968000", null);
        String published = Drafts.json(java.util.Map.of("title", "968000 2031", "items",
                List.of(Drafts.contribution("968000", "2031-07-01", "2032-07-01", 4000, 20000, "0.08"))));
        long set = editor("importer").body(published).post("/api/v1/change-sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        editor("importer").post("/api/v1/change-sets/" + set + "/submit").then().statusCode(200);
        approver("checker").post("/api/v1/change-sets/" + set + "/approve").then().statusCode(200);
        String csv = """
                regionCode,effectiveFrom,effectiveTo,participantType,insurance,baseFloor,baseCeiling,employerRate,employeeRate
                968000,2032-07-01,2033-07-01,,,4500,22000,,
                968000,2032-07-01,2033-07-01,EMPLOYEE,PENSION,,,,0.085
                968000,2033-07-01,2034-07-01,EMPLOYEE,PENSION,,,,8%
                968000,2034-07-01,2035-07-01,EMPLOYEE,PENSION,,,,1.5
                """;
        Browser alice = signIn("alice", "policy-editor");

        Response read = alice.request().contentType("text/csv").body(csv)
                .post("/console/api/import/csv?title=968000 2032");
        read.then().statusCode(200)
                .body("validation.valid", equalTo(false))
                .body("validation.items.outcome", equalTo(List.of("NEW", "INVALID", "INVALID")))
                .body("validation.items[1].problems.field", equalTo(List.of("row 4, employeeRate")))
                .body("validation.items[2].problems.field",
                        equalTo(List.of("items[2].payload.participants[EMPLOYEE].lines[0].employeeRate")))
                .body("request.items[0].payload.participants.EMPLOYEE.base.floor", equalTo(4500))
                .body("request.items[0].payload.participants.EMPLOYEE.lines[0].employeeRate", equalTo(0.085f))
                .body("request.items[0].payload.participants.EMPLOYEE.lines[0].employerRate", equalTo(0.16f));

        String valid = Drafts.json(java.util.Map.of("title", "968000 2032", "items",
                List.of(read.jsonPath().getMap("request.items[0]"))));
        alice.request().body(valid).post("/console/api/v1/change-sets").then().statusCode(201)
                .body("createdBy", equalTo("alice")).body("items[0].outcome", equalTo("CREATED"));
        alice.request().contentType("text/csv").body("regionCode\n").post("/console/api/import/csv?title=x")
                .then().statusCode(200).body("validation.problems.field", hasItem("row 1, effectiveFrom"));
    }

    @Test
    void onlyContributionPensionAndMedicalBenefitDraftsHaveAPreview() {
        String body = "{\"kind\":\"GUIDE\",\"regionCode\":\"110000\",\"month\":\"2031-07\",\"payload\":{}}";
        signIn("alice", "policy-editor").request().body(body).post("/console/api/preview").then().statusCode(400)
                .body("violations.field", equalTo(List.of("kind")));
    }
}
