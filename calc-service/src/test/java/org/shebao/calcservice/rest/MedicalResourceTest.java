package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.BrokerlessProfile;

@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class MedicalResourceTest {

    /** The hypothetical city H of docs/domain/rules.md §7.6, sent as a what-if: no real city publishes such a table. */
    private static final String CITY_H = "{\"schedules\":[{\"scheme\":\"EMPLOYEE\",\"memberStatus\":\"IN_SERVICE\","
            + "\"inpatient\":{\"levels\":[{\"hospitalLevel\":3,\"deductibleFirstAdmission\":1300,\"bands\":[{\"from\":0,"
            + "\"rate\":0.85}]}],\"annualFundCap\":500000},\"classBSelfPayShare\":0.1}],"
            + "\"outOfArea\":{\"reductionPoints\":{\"REFERRAL\":0.10,\"EMERGENCY\":0.10,\"TEMPORARY_OTHER\":0.20,"
            + "\"LONG_TERM_RESIDENCE\":0}}}";

    private static String visit(String treatment, String filing) {
        return "{\"insuredRegionCode\":\"110000\",\"treatmentRegionCode\":\"" + treatment + "\",\"scheme\":\"EMPLOYEE\","
                + "\"memberStatus\":\"IN_SERVICE\",\"hospitalLevel\":3,\"visitType\":\"INPATIENT\","
                + "\"admissionNumberThisYear\":1,\"costs\":{\"classA\":20000,\"classB\":0,\"selfPay\":2000},"
                + "\"filing\":\"" + filing + "\",\"fundPaidThisYear\":0,\"personalBurdenThisYear\":0,"
                + "\"assistanceStatus\":\"NONE\",\"date\":\"2025-08-15\",\"policyOverride\":" + CITY_H + "}";
    }

    @Test
    void r1LocallyTheFundPays85PercentAboveTheDeductible() {
        given().contentType(ContentType.JSON).body(visit("110000", "NONE")).post("/api/v1/medical/reimbursements")
                .then().statusCode(200)
                .body("result.fundPayment", is(15895.00f)).body("result.patientPayment", is(6105.00f))
                .body("result.directSettlement", is(true)).body("policies[0].callerSupplied", is(true));
    }

    @Test
    void y2AReferralElsewhereLosesTenPointsAndCitesTheNationalRulesAndGuide() {
        given().contentType(ContentType.JSON).body(visit("310000", "REFERRAL")).post("/api/v1/medical/reimbursements")
                .then().statusCode(200)
                .body("result.ratio", is(0.75f)).body("result.fundPayment", is(14025.00f))
                .body("policies.regionCode", hasItem("100000"));
    }

    @Test
    void unfiledCareElsewhereIsNotSettledDirectlyAndSaysWhatToDo() {
        given().contentType(ContentType.JSON).body(visit("310000", "NONE")).post("/api/v1/medical/reimbursements")
                .then().statusCode(200)
                .body("result.directSettlement", is(false)).body("result.nextSteps", not(hasSize(0)));
    }

    @Test
    void noPublishedScheduleIsAPolicyGapNotAGuess() {
        given().contentType(ContentType.JSON).body(visit("110000", "NONE").replace(",\"policyOverride\":" + CITY_H, ""))
                .post("/api/v1/medical/reimbursements").then().statusCode(422)
                .contentType("application/problem+json");
    }

    /** docs/domain/rules.md W2: broke coverage 2 full years → 3 + 2 months; 2025 national minimum 400 元 (医保发〔2024〕19号). */
    @Test
    void aResidentQuoteForFuyangFallsBackToTheNationalMinimumAndSaysSo() {
        String body = "{\"regionCode\":\"341200\",\"coverageYear\":2025,\"members\":[{\"category\":\"ADULT\",\"count\":3}],"
                + "\"enrolledInWindow\":false,\"brokenYears\":2,\"repairedYears\":0,\"newborn\":false}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/resident-medical/quote").then().statusCode(200)
                .body("result.total", is(1200.00f)).body("result.waitingMonths", is(5))
                .body("policies[0].regionCode", equalTo("100000"))
                .body("caveats.code", hasItem("NATIONAL_MINIMUM_FEES"));
    }

    /** docs/domain/rules.md A4: 上海 requires more than 15 years (沪医保规〔2025〕7号 / 上海医保局问答). */
    @Test
    void shanghaiLifetimeEligibilityNeedsMoreThanFifteenYears() {
        given().queryParam("regionCode", "310000").queryParam("gender", "FEMALE").queryParam("cumulativeMonths", 192)
                .queryParam("retirementMonth", "2026-08").get("/api/v1/medical/eligibility").then().statusCode(200)
                .body("result.eligible", is(true));
        given().queryParam("regionCode", "310000").queryParam("gender", "FEMALE").queryParam("cumulativeMonths", 150)
                .queryParam("retirementMonth", "2026-08").get("/api/v1/medical/eligibility").then().statusCode(200)
                .body("result.eligible", is(false)).body("result.gapMonths", is(31));
        given().queryParam("regionCode", "310000").queryParam("gender", "X").get("/api/v1/medical/eligibility")
                .then().statusCode(400).body("violations[0].field", equalTo("gender"))
                .body("violations[0].in", equalTo("query"));
    }

    @Test
    void eligibilityDefaultsToThisMonthAndSaysWhenNoRegionStatesTheYears() {
        given().queryParam("regionCode", "310000").queryParam("gender", "MALE").queryParam("cumulativeMonths", 200)
                .get("/api/v1/medical/eligibility").then().statusCode(200).body("result.eligible", is(true));
        given().queryParam("regionCode", "110000").queryParam("gender", "MALE").queryParam("cumulativeMonths", 200)
                .get("/api/v1/medical/eligibility").then().statusCode(422)
                .body("type", equalTo("urn:shebao:problem:policy-gap"));
    }
}
