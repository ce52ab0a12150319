package org.shebao.policyservice.rest.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;

/** In the production profile the local sign-in does not exist: operators sign in through the OIDC issuer only. */
@QuarkusTest
@TestProfile(ProductionConsoleTest.Production.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class ProductionConsoleTest {

    /** The configuration profile a packaged service runs with. */
    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }

    @Test
    void theLocalSignInIsAbsent() {
        given().get("/console/sign-in").then().statusCode(404);
        given().cookie(ConsoleCsrf.COOKIE, "t").header(ConsoleCsrf.HEADER, "t").contentType(ContentType.JSON)
                .body("{\"name\":\"mallory\",\"roles\":[\"policy-approver\"]}").post("/console/sign-in")
                .then().statusCode(404);
        given().redirects().follow(false).get("/console").then().statusCode(401)
                .body(containsString("OIDC"));
        given().get("/api/v1/coverage?kind=CONTRIBUTION").then().statusCode(200);
    }
}
