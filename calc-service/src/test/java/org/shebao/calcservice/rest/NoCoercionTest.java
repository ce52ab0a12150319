package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

/**
 * A value of the wrong JSON type, a null where a value is required, an unknown enum constant and an undeclared query
 * parameter are each a 400 problem naming the field, never a silent conversion. Every request here is rejected before
 * any policy is looked up, so no broker is needed.
 */
@QuarkusTest
@TestProfile(NoCoercionTest.WithoutBroker.class)
class NoCoercionTest {

    private static final String PROBLEM = "application/problem+json";

    private static final String BILL = "{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\","
            + "\"month\":\"2025-07\",\"wage\":10000}";

    /** The policy channel is off: no consumer, no broker. */
    public static class WithoutBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.policy-events.enabled", "false");
        }
    }

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    /** The shape every rejected field has, whichever layer rejects it: a violation naming the field and where it was. */
    private static ValidatableResponse rejects(ValidatableResponse response, String field, String in) {
        return response.statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(field))
                .body("violations.in", hasItem(in));
    }

    @Test
    void aStringForANumberIsRejected() {
        rejects(post("/api/v1/contributions", BILL.replace("\"wage\":10000", "\"wage\":\"10000\"")), "wage", "body")
                .body("type", equalTo("urn:shebao:problem:invalid-request")).body("field", equalTo("wage"));
        rejects(post("/api/v1/resident-medical/quote", RequestExamples.RESIDENT_QUOTE.replace("\"coverageYear\": 2025",
                "\"coverageYear\": \"2025\"")), "coverageYear", "body");
        rejects(post("/api/v1/contributions", BILL.replace("\"regionCode\":\"110000\"", "\"regionCode\":110000")),
                "regionCode", "body");
    }

    @Test
    void aFractionForAWholeNumberIsRejectedNotTruncated() {
        rejects(post("/api/v1/medical/reimbursements", RequestExamples.REIMBURSEMENT.replace("\"hospitalLevel\": 3,",
                "\"hospitalLevel\": 2.7,")), "hospitalLevel", "body");
        rejects(post("/api/v1/resident-medical/quote", RequestExamples.RESIDENT_QUOTE.replace("\"coverageYear\": 2025",
                "\"coverageYear\": 2026.9")), "coverageYear", "body");
        rejects(post("/api/v1/resident-medical/quote", RequestExamples.RESIDENT_QUOTE.replace("\"count\": 3",
                "\"count\": 1.5")), "members[0].count", "body");
    }

    @Test
    void anUnknownEnumConstantOrAnOrdinalIsRejected() {
        rejects(post("/api/v1/contributions", BILL.replace("\"EMPLOYEE\"", "\"WORKER\"")), "participantType", "body");
        rejects(post("/api/v1/contributions", BILL.replace("\"EMPLOYEE\"", "1")), "participantType", "body");
        rejects(post("/api/v1/resident-medical/quote", RequestExamples.RESIDENT_QUOTE.replace("\"ADULT\"", "\"adult\"")),
                "members[0].category", "body");
    }

    @Test
    void aNullForARequiredValueIsRejected() {
        rejects(post("/api/v1/contributions", BILL.replace("\"110000\"", "null")), "regionCode", "body");
        rejects(post("/api/v1/resident-medical/quote", RequestExamples.RESIDENT_QUOTE.replace("\"newborn\": false}",
                "\"newborn\": false, \"policyOverride\": {\"minimumStandard\": null}}")),
                "policyOverride.minimumStandard", "body");
    }

    @Test
    void anUndeclaredQueryParameterIsRejectedNotIgnored() {
        given().get("/api/v1/medical/eligibility?regionCode=110000&gender=MALE&cumulativeMonths=300&localMonths=120"
                + "&retirmentMonth=2040-01").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:shebao:problem:invalid-request"))
                .body("violations[0].field", equalTo("retirmentMonth"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].message", containsString("retirementMonth"));
        rejects(given().contentType(ContentType.JSON).body(BILL).post("/api/v1/contributions?explian=true").then(),
                "explian", "query");
    }
}
