package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;

/** Bad input is a 4xx problem+json naming the field, whoever rejects it: Bean Validation, Jackson or the framework. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class ValidationProblemTest extends ApiSupport {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void regions() {
        ensureRegions("961000", null);
    }

    private String valid() {
        return Drafts.json(Drafts.contribution("961000", "2024-07-01", null, 6821, 35283, "0.08"));
    }

    @Test
    void aRateWrittenAsAPercentIsRejectedNamingTheField() {
        editor("kim").body(valid().replace("\"employerRate\":0.16", "\"employerRate\":16")).post("/api/v1/policies")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("payload.participants[EMPLOYEE].lines[0].employerRate"));
    }

    @Test
    void aFloorAboveTheCeilingIsRejectedOnTheCeiling() {
        editor("kim").body(valid().replace("\"floor\":6821", "\"floor\":99999")).post("/api/v1/policies")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("payload.participants[EMPLOYEE].base.ceiling"));
    }

    @Test
    void unknownFieldsAreRejectedNotIgnored() {
        editor("kim").body(valid().replace("\"note\":", "\"notes\":\"x\",\"note\":")).post("/api/v1/policies")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("notes"));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        editor("kim").body(valid().replace("\"effectiveFrom\":\"2024-07-01\"", "\"effectiveFrom\":\"July\""))
                .post("/api/v1/policies").then().statusCode(400).contentType(PROBLEM)
                .body("field", equalTo("effectiveFrom"));
        editor("kim").body(valid().replace("\"kind\":\"CONTRIBUTION\"", "\"kind\":\"SALARY\""))
                .post("/api/v1/policies").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("kind"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        editor("kim").body("{\"regionCode\": ").post("/api/v1/policies")
                .then().statusCode(400).contentType(PROBLEM).body("status", is(400));
    }

    @Test
    void anOfficialVersionMustQuoteItsSource() {
        editor("kim").body(valid().replace("\"confidence\":\"ESTIMATE\"", "\"confidence\":\"OFFICIAL\""))
                .post("/api/v1/policies").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("source.quote"));
    }

    @Test
    void aDraftForAnUnknownRegionIsUnprocessable() {
        editor("kim").body(valid().replace("\"regionCode\":\"961000\"", "\"regionCode\":\"969999\""))
                .post("/api/v1/policies").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("regionCode"));
    }

    @Test
    void whatTheFrameworkRejectsIsAProblemToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
        given().delete("/api/v1/regions").then().statusCode(405).contentType(PROBLEM);
        editor("kim").contentType("text/plain").body("hello").post("/api/v1/policies")
                .then().statusCode(415).contentType(PROBLEM);
        given().get("/api/v1/policies/not-a-number").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/policies/1/diff").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("against")).body("violations[0].in", equalTo("query"));
        editor("kim").body("[]").post("/api/v1/policies").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("q", "x".repeat(10_000)).get("/api/v1/regions").then().statusCode(414)
                .contentType(PROBLEM);
        editor("kim").body("{\"note\":\"" + "x".repeat(17_000_000) + "\"}").post("/api/v1/policies")
                .then().statusCode(413).contentType(PROBLEM);
    }
}
