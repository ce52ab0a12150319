package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.BrokerlessProfile;

@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class RetirementPensionResourceTest {

    @Test
    void aManBornInMay1965RetiresAt60And2MonthsInJuly2025() {
        given().queryParam("birthMonth", "1965-05").queryParam("category", "MALE").get("/api/v1/retirement-age")
                .then().statusCode(200)
                .body("result.originalAge", is(60)).body("result.delayMonths", is(2))
                .body("result.statutoryAge.years", is(60)).body("result.statutoryAge.months", is(2))
                .body("result.retirementMonth", equalTo("2025-07"))
                .body("result.minimumContributionYears", is(15))
                .body("result.flexible.earliestMonth", equalTo("2025-05"))
                .body("result.legalBasis", containsString("渐进式延迟法定退休年龄"))
                .body("policies", hasSize(0));
    }

    @Test
    void retirementAgeParametersAreChecked() {
        given().queryParam("birthMonth", "1965-5").queryParam("category", "MALE").get("/api/v1/retirement-age")
                .then().statusCode(400).body("violations[0].field", equalTo("birthMonth"));
        given().queryParam("birthMonth", "1965-05").queryParam("category", "WOMAN").get("/api/v1/retirement-age")
                .then().statusCode(400).body("violations[0].field", equalTo("category"));
        given().queryParam("birthMonth", "1965-05").get("/api/v1/retirement-age")
                .then().statusCode(400).body("violations[0].field", equalTo("category"));
    }

    /**
     * docs/domain/rules.md P1: 广东 2025 计发基数 9493 (粤人社发〔2025〕32号), index 1.0, 35 years, account 200000; retiring at
     * 60岁6个月 the 计发月数 is 139 − (139 − 132) × 6 ÷ 12 = 135.5, so 200000 ÷ 135.5 = 1476.01.
     */
    @Test
    void aGuangzhouPensionUsesTheProvincialBaseAndTheNationalAnnuityTable() {
        String body = "{\"regionCode\":\"440100\",\"category\":\"MALE\",\"birthMonth\":\"1965-01\","
                + "\"retirementMonth\":\"2025-07\",\"contributionYears\":35,\"averageIndex\":1.0,"
                + "\"personalAccountBalance\":200000}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/pensions/estimate").then().statusCode(200)
                .body("result.calculationBase", is(9493)).body("result.basic", is(3322.55f))
                .body("result.annuityMonths", is(135.5f)).body("result.personalAccount", is(1476.01f))
                .body("policies.regionCode", hasItem("440000")).body("policies.regionCode", hasItem("100000"));
    }

    @Test
    void figuresFromThePersonsOwnRecordNeedNoPublishedPolicy() {
        String body = "{\"category\":\"FEMALE_55\",\"birthMonth\":\"1970-03\",\"retirementMonth\":\"2025-03\","
                + "\"contributionYears\":20,\"averageIndex\":1.0,\"personalAccountBalance\":170000,"
                + "\"overrides\":{\"calculationBase\":8000,\"transitionalCoefficient\":0.012,\"annuityMonths\":170}}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/pensions/estimate").then().statusCode(200)
                .body("result.personalAccount", is(1000.00f)).body("result.basic", is(1600.00f));
    }

    @Test
    void aProjectionGivesThreeRetirementDates() {
        String body = "{\"regionCode\":\"440100\",\"category\":\"MALE\",\"birthMonth\":\"1980-03\",\"currentWage\":12000,"
                + "\"averageIndex\":1.0,\"currentBalance\":80000,\"contributionYears\":20,\"annualWageGrowth\":0.03,"
                + "\"annualAccountInterest\":0.025}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/pensions/projection").then().statusCode(200)
                .body("result.statutory.retirementMonth", equalTo("2043-03"))
                .body("result.latest.retirementMonth", equalTo("2046-03"));
    }
}
