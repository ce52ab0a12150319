package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.BrokerlessProfile;

/** 到手工资 over HTTP, from the data set as calc-service received it. */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class SalaryResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /**
     * The worked example: 北京 2026, 20,000 a month on a base of 20,000, 公积金 12 %/12 %. Employee 2,103 (8 % 1,600 +
     * 2 % + 3 元 403 + 0.5 % 100) and 公积金 2,400 a month; taxable 10,497 a month; withheld 314.91 (1–3), 734.07 (4),
     * 1,049.70 (5–12); the year's 10,076.40 = 125,964 × 10 % − 2,520, so nothing to settle.
     */
    @Test
    void beijing2026ReproducesTheWorkedExample() {
        given().contentType(ContentType.JSON).body(RequestExamples.TAKE_HOME)
                .post("/api/v1/salary/take-home").then().statusCode(200)
                .body("result.regionCode", equalTo("110000"))
                .body("result.months", hasSize(12))
                .body("result.months.employeeSocialInsurance", everyItem(is(2103.00f)))
                .body("result.months[0..5].housingFund", everyItem(is(2400.00f)))
                .body("result.months[6..11].housingFund", everyItem(is(2400)))
                .body("result.months[0].contributions.insurance", hasItems("PENSION", "MEDICAL", "UNEMPLOYMENT"))
                .body("result.months[0].cumulativeTaxableIncome", is(10497.00f))
                .body("result.months[0].taxWithheld", is(314.91f))
                .body("result.months[2].taxWithheld", is(314.91f))
                .body("result.months[3].taxWithheld", is(734.07f))
                .body("result.months[4].taxWithheld", is(1049.70f))
                .body("result.months[11].taxWithheld", is(1049.70f))
                .body("result.months[0].netPay", is(15182.09f))
                .body("result.annual.taxableIncome", is(125964.00f))
                .body("result.annual.annualTax", is(10076.40f))
                .body("result.annual.taxWithheld", is(10076.40f))
                .body("result.annual.settlement", is(0.00f))
                .body("result.months.provisional", everyItem(is(false)))
                .body("unknown", hasSize(0))
                .body("caveats.field", not(hasItem(containsString("employer"))))
                .body("policies.kind", hasItems("CONTRIBUTION", "HOUSING_FUND", "INCOME_TAX"))
                .body("policies.findAll { it.kind == 'HOUSING_FUND' }.effectiveFrom",
                        hasItems("2025-09-01", "2026-07-01"));
    }

    /** 浙江's 2025年度 ends with June 2026: July to December are billed on it provisionally, and each month says so. */
    @Test
    void monthsBilledOnLastYearsFiguresAreMarkedOneByOne() {
        given().contentType(ContentType.JSON).body("""
                {"regionCode": "330100", "taxYear": 2026, "firstMonth": 1, "monthlyGross": 12000}""")
                .post("/api/v1/salary/take-home").then().statusCode(200)
                .body("provisional", is(true))
                .body("result.months[0..5].provisional", everyItem(is(false)))
                .body("result.months[6..11].provisional", everyItem(is(true)))
                .body("warnings.code", hasItem("POLICY_CARRIED_FORWARD"));
    }

    @Test
    void oneGrossFigureOrOnePerMonthNotBoth() {
        given().contentType(ContentType.JSON).body("""
                {"regionCode": "110000", "taxYear": 2026, "firstMonth": 11, "monthlyGross": 20000,
                 "grossByMonth": [20000, 20000]}""")
                .post("/api/v1/salary/take-home").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("grossByMonth"));
    }

    @Test
    void aHousingFundRateOutsideTheRangeIsNamed() {
        given().contentType(ContentType.JSON).body("""
                {"regionCode": "110000", "taxYear": 2026, "firstMonth": 12, "monthlyGross": 20000,
                 "housingFundEmployeeRate": 0.15, "housingFundEmployerRate": 0.12}""")
                .post("/api/v1/salary/take-home").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("housingFundEmployeeRate"));
    }

    /** 住房租金 and 住房贷款利息 exclude each other: a 400 naming both fields. */
    @Test
    void rentAndHousingLoanExcludeEachOther() {
        given().contentType(ContentType.JSON).body("""
                {"regionCode":"110000","taxYear":2026,"firstMonth":1,"monthlyGross":20000,
                 "specialDeductions":{"housingLoanShare":1,"housingRentTier":"TIER_1"}}""")
                .post("/api/v1/salary/take-home").then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("specialDeductions.housingLoanShare",
                        "specialDeductions.housingRentTier"));
    }

    @Test
    void monthlyGrossAndGrossByMonthExcludeEachOther() {
        given().contentType(ContentType.JSON).body("""
                {"regionCode":"110000","taxYear":2026,"firstMonth":11,"monthlyGross":20000,"grossByMonth":[20000,20000]}""")
                .post("/api/v1/salary/take-home").then().statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", contains("monthlyGross", "grossByMonth"));
    }
}
