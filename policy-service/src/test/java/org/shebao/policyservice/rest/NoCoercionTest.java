package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;

/**
 * A value of the wrong JSON type, a null where a value is required, an unknown enum constant and an undeclared query
 * parameter are each a 400 problem naming the field, never a silent conversion.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class NoCoercionTest extends ApiSupport {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void regions() {
        ensureRegions("962000", null);
    }

    private String draft() {
        return Drafts.json(Drafts.contribution("962000", "2024-07-01", null, 6821, 35283, "0.08"));
    }

    private ValidatableResponse postDraftWith(String valid, String instead) {
        String body = draft();
        if (!body.contains(valid)) {
            throw new IllegalStateException("the test draft has no " + valid + ": " + body);
        }
        return editor("kim").body(body.replace(valid, instead)).post("/api/v1/policies").then();
    }

    /** The shape every rejected field has, whichever layer rejects it: a violation naming the field and where it was. */
    private static ValidatableResponse rejects(ValidatableResponse response, String field, String in) {
        return response.statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(field))
                .body("violations.in", hasItem(in));
    }

    @Test
    void aStringForANumberIsRejected() {
        rejects(postDraftWith("\"floor\":6821", "\"floor\":\"6821\""), "payload.participants[EMPLOYEE].base.floor",
                "body").body("type", equalTo("urn:shebao:problem:invalid-request"))
                .body("field", equalTo("payload.participants[EMPLOYEE].base.floor"));
        rejects(postDraftWith("\"label\":\"养老保险\"", "\"label\":7"), "payload.participants[EMPLOYEE].lines[0].label",
                "body");
    }

    @Test
    void aFractionForAWholeNumberIsRejectedNotTruncated() {
        rejects(postDraftWith("\"scale\":2", "\"scale\":2.7"), "payload.rounding.scale", "body");
    }

    @Test
    void anUnknownEnumConstantOrAnOrdinalIsRejected() {
        rejects(postDraftWith("\"insurance\":\"PENSION\"", "\"insurance\":\"PENSIONS\""),
                "payload.participants[EMPLOYEE].lines[0].insurance", "body");
        rejects(postDraftWith("\"confidence\":\"ESTIMATE\"", "\"confidence\":0"), "confidence", "body");
    }

    @Test
    void aNullForARequiredValueIsRejected() {
        rejects(postDraftWith("\"effectiveFrom\":\"2024-07-01\"", "\"effectiveFrom\":null"), "effectiveFrom", "body");
        rejects(postDraftWith("\"scale\":2", "\"scale\":null"), "payload.rounding.scale", "body");
    }

    @Test
    void anUndeclaredQueryParameterIsRejectedNotIgnored() {
        given().get("/api/v1/regions/962000/policies?dat=2025-07-01").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:shebao:problem:invalid-request"))
                .body("violations[0].field", equalTo("dat"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", containsString("date"));
        rejects(editor("kim").body(draft()).post("/api/v1/policies?dryRun=true").then(), "dryRun", "query");
    }
}
