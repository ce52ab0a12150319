package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.BrokerlessProfile;

/** Contribution bills over HTTP, from the data set as calc-service received it over Kafka. */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class ContributionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static String bill(String region, String month, String wage) {
        return "{\"regionCode\":\"" + region + "\",\"participantType\":\"EMPLOYEE\",\"month\":\"" + month
                + "\",\"wage\":" + wage + "}";
    }

    @Test
    void anExplicitBaseIsUsedInsteadOfTheWageClampedAlikeAndTheAnswerSaysSo() {
        given().contentType(ContentType.JSON).body("{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\","
                + "\"month\":\"2025-07\",\"base\":50000}").post("/api/v1/contributions").then().statusCode(200)
                .body("result.basis", equalTo("BASE"))
                .body("result.lines.find { it.insurance == 'PENSION' }.base", is(35811))
                .body("result.lines.find { it.insurance == 'PENSION' }.baseAdjustment", equalTo("CEILING"));
        given().contentType(ContentType.JSON).body(bill("110000", "2025-07", "10000")).post("/api/v1/contributions")
                .then().statusCode(200).body("result.basis", equalTo("WAGE"));
    }

    @Test
    void anAbsurdWageOrAMonthBefore1990IsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(bill("110000", "2025-07", "1E+9")).post("/api/v1/contributions")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("wage"));
        given().contentType(ContentType.JSON).body(bill("110000", "1989-12", "10000")).post("/api/v1/contributions")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("month"));
    }

    @Test
    void wageAndBaseTogetherAreRefusedNamingBoth() {
        given().contentType(ContentType.JSON).body("{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\","
                + "\"month\":\"2025-07\",\"wage\":10000,\"base\":10000}").post("/api/v1/contributions").then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("wage", "base"));
    }

    @Test
    void beijingJuly2025ClampsToTheNewFloorAndCitesThePolicyItUsed() {
        given().contentType(ContentType.JSON).body(bill("110000", "2025-07", "7000"))
                .post("/api/v1/contributions").then().statusCode(200)
                .header("Policy-Revision", containsString("110000/CONTRIBUTION="))
                .body("result.regionCode", equalTo("110000")).body("result.month", equalTo("2025-07"))
                .body("result.lines.find { it.insurance == 'PENSION' }.base", is(7162))
                .body("result.lines.find { it.insurance == 'PENSION' }.baseAdjustment", equalTo("FLOOR"))
                .body("result.lines.find { it.insurance == 'PENSION' }.employeeAmount", is(572.96f))
                .body("policies[0].regionCode", equalTo("110000"))
                .body("policies[0].kind", equalTo("CONTRIBUTION"))
                .body("policies[0].effectiveFrom", equalTo("2025-07-01"))
                .body("policies[0].source.url", notNullValue())
                .body("warnings.code", hasItem("POLICY_NOT_OFFICIAL"))
                .body("notice", notNullValue())
                .body("trace", nullValue());
    }

    @Test
    void theHousingFundComesFromTheHousingFundPolicyAndIsCited() {
        given().contentType(ContentType.JSON).body("""
                {"regionCode": "110000", "participantType": "EMPLOYEE", "month": "2026-07", "wage": 40000,
                 "includeHousingFund": true, "housingFundEmployerRate": 0.07, "housingFundEmployeeRate": 0.07}""")
                .post("/api/v1/contributions").then().statusCode(200)
                .body("result.housingFund.base", is(36348))
                .body("result.housingFund.baseAdjustment", equalTo("CEILING"))
                .body("result.housingFund.employeeAmount", is(2544))
                .body("policies.kind", hasItem("HOUSING_FUND"));
    }

    @Test
    void aRegionWithoutHousingFundPolicyLeavesTheFundUnknown() {
        given().contentType(ContentType.JSON).body("""
                {"regionCode": "130000", "participantType": "EMPLOYEE", "month": "2025-07", "wage": 8000,
                 "includeHousingFund": true, "housingFundEmployerRate": 0.07, "housingFundEmployeeRate": 0.07}""")
                .post("/api/v1/contributions").then().statusCode(200)
                .body("unknown.field", hasItem("housingFund"))
                .body("caveats.code", hasItem("NO_HOUSING_FUND_RULE"));
    }

    @Test
    void theMonthBeforeUsesThePreviousSocialInsuranceYear() {
        given().contentType(ContentType.JSON).body(bill("110000", "2025-06", "7000"))
                .post("/api/v1/contributions").then().statusCode(200)
                .body("result.lines.find { it.insurance == 'PENSION' }.baseAdjustment", equalTo("NONE"))
                .body("result.lines.find { it.insurance == 'PENSION' }.employeeAmount", is(560.00f))
                .body("policies[0].effectiveFrom", equalTo("2024-07-01"));
    }

    @Test
    void aCityWithoutItsOwnPolicyIsAnsweredFromItsProvinceAndSaysSo() {
        given().contentType(ContentType.JSON).body(bill("330100", "2025-07", "10000"))
                .post("/api/v1/contributions").then().statusCode(200)
                .body("result.regionCode", equalTo("330100"))
                .body("policies[0].regionCode", equalTo("330000"));
    }

    @Test
    void explainAddsTheTraceOfEveryStepWithItsSource() {
        given().contentType(ContentType.JSON).body(bill("110000", "2025-07", "10000")).queryParam("explain", true)
                .post("/api/v1/contributions").then().statusCode(200)
                .body("trace", not(hasSize(0)))
                .body("trace[0].step", notNullValue())
                .body("trace.inputs.wage.source", hasItem("request"));
    }

    @Test
    void aWhatIfPolicyIsUsedInsteadOfThePublishedOneAndSaidToBeSo() {
        String body = "{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\",\"month\":\"2025-07\","
                + "\"wage\":10000,\"policyOverride\":{\"participants\":{\"EMPLOYEE\":{\"base\":{\"floor\":8000,"
                + "\"ceiling\":40000},\"lines\":[{\"insurance\":\"PENSION\",\"label\":\"养老保险\",\"employerRate\":0.15,"
                + "\"employeeRate\":0.08}]}},\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\",\"appliesTo\":\"LINE\"}}}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/contributions").then().statusCode(200)
                .body("result.lines[0].employerAmount", is(1500.00f))
                .body("policies[0].callerSupplied", is(true))
                .body("warnings.code", hasItem("CALLER_SUPPLIED_POLICY"));
    }

    @Test
    void errorsAreProblemsNamingTheField() {
        given().contentType(ContentType.JSON).body(bill("999999", "2025-07", "10000"))
                .post("/api/v1/contributions").then().statusCode(404).contentType(PROBLEM)
                .body("violations[0].field", equalTo("regionCode"));
        given().contentType(ContentType.JSON).body(bill("110000", "1990-01", "10000"))
                .post("/api/v1/contributions").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("1990-01-01")).body("periods", not(hasSize(0)));
        given().contentType(ContentType.JSON).body(bill("110000", "2025-07", "-5"))
                .post("/api/v1/contributions").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("wage"));
        given().contentType(ContentType.JSON).body(bill("110000", "2025-13", "10000"))
                .post("/api/v1/contributions").then().statusCode(400).contentType(PROBLEM)
                .body("field", equalTo("month"));
        given().contentType(ContentType.JSON).body("result.{\"regionCode\":\"110000\",")
                .post("/api/v1/contributions").then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(bill("110000", "2025-07", "10000").replace("}", ",\"x\":1}"))
                .post("/api/v1/contributions").then().statusCode(400).contentType(PROBLEM).body("field", equalTo("x"));
        given().contentType(ContentType.JSON).body("result.[]").post("/api/v1/contributions").then().statusCode(400)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("result.null").post("/api/v1/contributions").then().statusCode(400)
                .contentType(PROBLEM);
        given().get("/api/v1/contributions").then().statusCode(405).contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("result.hi").post("/api/v1/contributions").then().statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void oversizedRequestsAreProblemsToo() {
        given().contentType(ContentType.JSON).body("result.{\"regionCode\":\"" + "1".repeat(2_000_000) + "\"}")
                .post("/api/v1/contributions").then().statusCode(413).contentType(PROBLEM);
        given().queryParam("birthMonth", "1".repeat(10_000)).get("/api/v1/retirement-age")
                .then().statusCode(414).contentType(PROBLEM);
    }

    /** A batch the HTTP layer might cut off would stream back a truncated answer, so its length is required. */
    @Test
    void aBatchWithoutContentLengthIsRefused() throws Exception {
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/api/v1/contributions/batch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(bill("110000", "2025-07", "10000").getBytes(UTF_8))))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(411);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(PROBLEM);
    }

    @Test
    void aBatchAnswersEveryLineInOrderAndCitesEachPolicyOnce() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            body.append(bill(i % 2 == 0 ? "110000" : "310000", "2025-07", String.valueOf(5000 + i))).append('\n');
        }
        body.append("{not json}\n").append(bill("999999", "2025-07", "1")).append('\n');
        String[] lines = given().contentType("application/x-ndjson").body(body.toString().getBytes(UTF_8))
                .post("/api/v1/contributions/batch").then().statusCode(200)
                .contentType(containsString("application/x-ndjson")).extract().asString().split("\n");

        assertThat(lines).hasSize(503);
        assertThat(lines[0]).contains("\"line\":1", "\"regionCode\":\"110000\"");
        assertThat(lines[1]).contains("\"line\":2", "\"regionCode\":\"310000\"");
        assertThat(lines[500]).contains("\"line\":501", "\"status\":400");
        assertThat(lines[501]).contains("\"line\":502", "\"status\":404");
        assertThat(lines[502]).contains("\"lines\":502", "\"failed\":2",
                "110000", "310000", "\"warnings\":[{\"code\":\"POLICY_NOT_OFFICIAL\"");
    }

    @Test
    void anAdjustmentAcrossTheYearChangeCitesBothVersions() {
        String body = "{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\",\"months\":["
                + "{\"month\":\"2025-06\",\"wage\":7000,\"paidUnderVersion\":1},"
                + "{\"month\":\"2025-07\",\"wage\":7000,\"paidUnderVersion\":1}]}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/contributions/adjustments")
                .then().statusCode(200)
                .body("policies.version", containsInAnyOrder(1, 2))
                .body("result.months[1].lines.find { it.insurance == 'PENSION' }.employeeOwed", is(12.96f));
    }

    @Test
    void anAdjustmentIsWhatIsOwedUnderTheVersionInForceNow() {
        String body = "{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\",\"months\":[{\"month\":\"2025-07\","
                + "\"wage\":7000,\"paid\":[{\"insurance\":\"PENSION\",\"employer\":1120.00,\"employee\":560.00}]}]}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/contributions/adjustments")
                .then().statusCode(200)
                .body("result.months[0].lines.find { it.insurance == 'PENSION' }.employeeOwed", is(12.96f));
    }

    /** What was paid is stated one way per month: amounts and a version together are a 400 naming both fields. */
    @Test
    void paidAndPaidUnderVersionExcludeEachOther() {
        given().contentType(ContentType.JSON).body(july("\"paidUnderVersion\":1,"
                + "\"paid\":[{\"insurance\":\"PENSION\",\"employer\":1120,\"employee\":560}]"))
                .post("/api/v1/contributions/adjustments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("urn:shebao:problem:invalid-request"))
                .body("detail", is("months[0].paid, months[0].paidUnderVersion: give the amounts paid or "
                        + "paidUnderVersion, not both"))
                .body("violations.field", contains("months[0].paid", "months[0].paidUnderVersion"))
                .body("violations.in", everyItem(is("body")));
    }

    /**
     * A client generated with default options sends every list, {@code "paid": []} beside the version: the empty list
     * states nothing, and the month is billed under the version (17.01 owed), not as if nothing had been paid (755.01).
     */
    @Test
    void anEmptyPaidBesideTheVersionStatesNothing() {
        given().contentType(ContentType.JSON).body(july("\"paidUnderVersion\":1,\"paid\":[]"))
                .post("/api/v1/contributions/adjustments")
                .then().statusCode(200)
                .body("result.months[0].owed.employee", is(17.01f));
    }

    private static String july(String paid) {
        return "{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\",\"months\":[{\"month\":\"2025-07\","
                + "\"wage\":7000," + paid + "}]}";
    }

    /** Each way alone gives the answer of docs/api.md §3.3: 17.01 owed by the employee for July. */
    @Test
    void eachWayOfStatingWhatWasPaidGivesTheDocumentedAnswer() {
        String byVersion = "{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\",\"months\":["
                + "{\"month\":\"2025-07\",\"wage\":7000,\"paidUnderVersion\":1}]}";
        given().contentType(ContentType.JSON).body(byVersion).post("/api/v1/contributions/adjustments")
                .then().statusCode(200)
                .body("result.months[0].owed.employee", is(17.01f));
    }
}
