package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shebao.calcservice.support.BrokerlessProfile;

/**
 * Questions about this month (2026-11) and any code a phone reports: bases not yet published are carried forward under
 * the national CARRY_FORWARD rule and the answer says so; districts resolve through their city; codes outside the
 * mainland system are refused by name.
 */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class CurrentMonthTest {

    private static ValidatableResponse bill(String region, String month) {
        return given().contentType(ContentType.JSON).body("{\"regionCode\":\"" + region
                + "\",\"participantType\":\"EMPLOYEE\",\"month\":\"" + month + "\",\"wage\":15000}")
                .post("/api/v1/contributions").then();
    }

    @Test
    void aYearWhoseBasesAreNotPublishedIsBilledProvisionallyOnThePreviousYear() {
        bill("330100", "2026-11").statusCode(200)
                .body("provisional", is(true))
                .body("policies.kind", hasItems("CONTRIBUTION", "CARRY_FORWARD"))
                .body("policies.find { it.kind == 'CONTRIBUTION' }.regionCode", equalTo("330000"))
                .body("policies.find { it.kind == 'CONTRIBUTION' }.effectiveTo", equalTo("2026-07-01"))
                .body("warnings.find { it.code == 'POLICY_CARRIED_FORWARD' }.field", equalTo("policies[0]"))
                .body("result.lines.insurance", hasItems("PENSION", "MEDICAL", "UNEMPLOYMENT", "WORK_INJURY"));
    }

    /** The cities users asked about, this month and next: a bill with every insurance due, provisional or not. */
    @ParameterizedTest
    @CsvSource({ "110000", "310000", "440100", "440300", "330100", "510100", "420100", "341200" })
    void thisMonthAndNextAreAnsweredWithEveryDueInsurance(String region) {
        for (String month : new String[] { "2026-11", "2026-12" }) {
            bill(region, month).statusCode(200)
                    .body("result.lines.insurance", hasItems("PENSION", "MEDICAL", "UNEMPLOYMENT", "WORK_INJURY"))
                    .body("policies.find { it.kind == 'CONTRIBUTION' }", notNullValue());
        }
    }

    /** Every provincial capital (and the 直辖市) has a bill for July 2025 from its own province's or city's data. */
    @ParameterizedTest
    @CsvSource({ "110000", "120000", "130100", "140100", "150100", "210100", "220100", "230100", "310000", "320100",
            "330100", "340100", "350100", "360100", "370100", "410100", "420100", "430100", "440100", "450100",
            "460100", "500000", "510100", "520100", "530100", "540100", "610100", "620100", "630100", "640100",
            "650100" })
    void everyProvincialCapitalIsAnsweredForJuly2025(String region) {
        bill(region, "2025-07").statusCode(200)
                .body("provisional", is(false))
                .body("policies.find { it.kind == 'CONTRIBUTION' }.regionCode", not(equalTo("100000")));
    }

    /** 湖北's province-level figures are 一档 (武汉、省直): said for 宜昌, not for 武汉 or its districts. */
    @Test
    void aProvinceBandOfOneCityIsSaidForOtherCitiesOnly() {
        bill("420500", "2025-07").statusCode(200)
                .body("policies.find { it.kind == 'CONTRIBUTION' }.regionCode", equalTo("420000"))
                .body("caveats.find { it.code == 'FIGURES_OF_ANOTHER_CITY' }.field", equalTo("policies[0]"));
        for (String wuhan : new String[] { "420100", "420106" }) {
            bill(wuhan, "2025-07").statusCode(200)
                    .body("caveats.code", not(hasItem("FIGURES_OF_ANOTHER_CITY")));
        }
    }

    @Test
    void aPublishedYearAnswersFromItAndIsNotProvisional() {
        bill("110000", "2026-11").statusCode(200)
                .body("provisional", is(false))
                .body("policies.kind", contains("CONTRIBUTION"))
                .body("policies[0].effectiveFrom", equalTo("2026-07-01"));
    }

    @Test
    void pastTheCarryForwardLimitTheLastKnownPeriodIsNamed() {
        bill("330100", "2027-07").statusCode(422)
                .body("type", equalTo("urn:shebao:problem:no-policy-in-force"))
                .body("periods.to", hasItem("2026-07-01"));
    }

    @Test
    void aDistrictCodeIsAnsweredWithItsCitysPolicy() {
        bill("110108", "2025-07").statusCode(200)
                .body("result.regionCode", equalTo("110108"))
                .body("policies[0].regionCode", equalTo("110000"));
        bill("440106", "2025-07").statusCode(200)
                .body("policies[0].regionCode", equalTo("440100"));
    }

    @Test
    void codesOutsideTheMainlandSystemAreNotCovered() {
        bill("810000", "2025-07").statusCode(422)
                .body("type", equalTo("urn:shebao:problem:not-covered"))
                .body("violations[0].field", equalTo("regionCode"));
        bill("999999", "2025-07").statusCode(404)
                .body("type", equalTo("urn:shebao:problem:unknown-region"));
    }
}
