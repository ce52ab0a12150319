package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

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
                .body("result.calculationBaseYear", is(2025)).body("result.calculationBaseStatus", equalTo("PUBLISHED"))
                .body("result.annuityMonths", is(135.5f)).body("result.personalAccount", is(1476.01f))
                .body("policies.regionCode", hasItem("440000")).body("policies.regionCode", hasItem("100000"));
    }

    /**
     * 河南's transitional pension is on the base of the city of retirement: a district of 信阳 (浉河区 411502) finds
     * 信阳's 6260 (6260 × 0.6573 × 9.25 × 1.3 % = 494.79); the province code alone names the base it lacks.
     */
    @Test
    void aHenanTransitionalPensionUsesTheCitysBase() {
        String person = "\"category\":\"MALE\",\"birthMonth\":\"1965-10\",\"retirementMonth\":\"2025-10\","
                + "\"contributionYears\":39.5,\"deemedYears\":9.25,\"averageIndex\":0.68834,"
                + "\"transitionalIndex\":0.6573,\"personalAccountBalance\":55537.81}";
        given().contentType(ContentType.JSON).body("{\"regionCode\":\"411502\"," + person)
                .post("/api/v1/pensions/estimate").then().statusCode(200)
                .body("result.transitional", is(494.79f)).body("complete", is(true));
        given().contentType(ContentType.JSON).body("{\"regionCode\":\"410000\"," + person)
                .post("/api/v1/pensions/estimate").then().statusCode(200)
                .body("result.transitional", nullValue()).body("complete", is(false))
                .body("unknown.field", hasItem("transitional"))
                .body("warnings.field", hasItem("overrides.localCalculationBase"));
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

    @Test
    void aRetirementAgeByGenderAndPositionNamesTheMappingAndItsVersion() {
        given().queryParam("birthMonth", "1976-03").queryParam("gender", "FEMALE").queryParam("position", "PRODUCTION")
                .get("/api/v1/retirement-age")
                .then().statusCode(200)
                .body("result.category", equalTo("FEMALE_50"))
                .body("result.categoryMapping.rule", equalTo("FEMALE + PRODUCTION → FEMALE_50"))
                .body("result.categoryMapping.policy", equalTo("100000/PENSION v2"))
                .body("result.retirementMonth", equalTo("2026-11"))
                .body("policies.regionCode", hasItem("100000"));
    }

    @Test
    void aCategoryContradictingGenderAndPositionIsA400NamingThem() {
        given().queryParam("birthMonth", "1976-03").queryParam("category", "FEMALE_55")
                .queryParam("gender", "FEMALE").queryParam("position", "PRODUCTION").get("/api/v1/retirement-age")
                .then().statusCode(400).body("violations[0].field", equalTo("category"))
                .body("violations[0].message", containsString("gender FEMALE and position PRODUCTION"));
        String body = "{\"regionCode\":\"440100\",\"category\":\"MALE\",\"gender\":\"FEMALE\","
                + "\"position\":\"MANAGEMENT_OR_TECHNICAL\",\"birthMonth\":\"1971-04\",\"contributionYears\":20,"
                + "\"averageIndex\":1.0,\"personalAccountBalance\":60000}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/pensions/estimate").then().statusCode(400)
                .body("violations[0].field", equalTo("category"));
        given().contentType(ContentType.JSON).body(body.replace("\"category\":\"MALE\",", "")
                .replace("\"gender\":\"FEMALE\",", "")).post("/api/v1/pensions/estimate").then().statusCode(400)
                .body("violations[0].field", equalTo("gender"));
        given().queryParam("birthMonth", "1976-03").get("/api/v1/retirement-age")
                .then().statusCode(400).body("violations[0].field", equalTo("category"));
    }

    /** Retiring 2026-05 before 广东 publishes its 2026 base: the 2025 base 9493 is carried forward (预发). */
    @Test
    void beforeTheYearsBaseIsPublishedThePensionIsProvisionalOnTheLatest() {
        String body = "{\"regionCode\":\"440100\",\"category\":\"MALE\",\"birthMonth\":\"1966-01\","
                + "\"contributionYears\":35,\"averageIndex\":1.0,\"personalAccountBalance\":200000}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/pensions/estimate").then().statusCode(200)
                .body("result.retirementMonth", equalTo("2026-05"))
                .body("result.calculationBase", is(9493)).body("result.calculationBaseYear", is(2025))
                .body("result.calculationBaseStatus", equalTo("PROVISIONAL"))
                .body("provisional", is(true)).body("projected", is(false))
                .body("policies.kind", hasItem("CARRY_FORWARD"))
                .body("warnings.code", hasItem("POLICY_CARRIED_FORWARD"))
                .body("result.eligibility.eligible", is(true));
    }

    /** Retiring 2039-09: 14 years past 2025 at 广东's last growth 9493 ÷ 9307 − 1 = 0.019985 → 12523. */
    @Test
    void aRetirementFarAheadIsOnAProjectedBaseWithItsAssumption() {
        String body = "{\"regionCode\":\"440100\",\"category\":\"MALE\",\"birthMonth\":\"1976-09\","
                + "\"contributionYears\":35,\"averageIndex\":1.0,\"personalAccountBalance\":300000}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/pensions/estimate").then().statusCode(200)
                .body("result.retirementMonth", equalTo("2039-09"))
                .body("result.calculationBase", is(12523)).body("result.calculationBaseYear", is(2039))
                .body("result.calculationBaseStatus", equalTo("PROJECTED"))
                .body("projected", is(true))
                .body("result.assumptions[0].name", equalTo("baseGrowthRate"))
                .body("result.assumptions[0].value", is(0.019985f))
                .body("warnings.code", hasItem("BASE_PROJECTED"));
        given().contentType(ContentType.JSON).body(body.replace("}", ",\"baseGrowthRate\":0.03}"))
                .post("/api/v1/pensions/estimate").then().statusCode(200)
                .body("result.calculationBase", is(14359))
                .body("result.assumptions[0].basis", containsString("request"));
    }

    /** 14 years for a 2026-08 retirement: 12 months short; amounts only under ifMinimumReached, not in unknown[]. */
    @Test
    void belowTheMinimumYearsNothingIsPayableAndTheWaysAreListed() {
        String body = "{\"regionCode\":\"440100\",\"gender\":\"FEMALE\",\"position\":\"MANAGEMENT_OR_TECHNICAL\","
                + "\"birthMonth\":\"1971-04\",\"contributionYears\":14,\"averageIndex\":1.0,"
                + "\"personalAccountBalance\":60000}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/pensions/estimate").then().statusCode(200)
                .body("result.category", equalTo("FEMALE_55"))
                .body("result.eligibility.eligible", is(false))
                .body("result.eligibility.minimumYears", is(15))
                .body("result.eligibility.monthsMissing", is(12))
                .body("result.eligibility.ways.way", hasItem("EXTEND_CONTRIBUTIONS"))
                .body("result.eligibility.ways.find { it.way == 'LUMP_SUM' }.permitted", equalTo("UNKNOWN"))
                .body("result", hasKey("basic")).body("result.basic", nullValue())
                .body("result.total", nullValue())
                .body("result.ifMinimumReached.eligibility.eligible", is(true))
                .body("result.ifMinimumReached.basic", notNullValue())
                .body("unknown", hasSize(0))
                .body("warnings.code", hasItem("BELOW_MINIMUM_YEARS"))
                .body("caveats.code", hasItem("LUMP_SUM_NOT_KNOWN"));
    }

    /** A 广州 salary of 50,000 credits the ceiling 27,549: 2,203.92 a month, not 4,000. */
    @Test
    void aProjectionCreditsTheWageWithinTheBaseBounds() {
        String body = "{\"regionCode\":\"440100\",\"category\":\"MALE\",\"birthMonth\":\"1980-03\","
                + "\"currentWage\":50000,\"averageIndex\":1.0,\"currentBalance\":80000,\"contributionYears\":20,"
                + "\"annualWageGrowth\":0.03,\"annualAccountInterest\":0.025}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/pensions/projection").then().statusCode(200)
                .body("result.creditedWage", is(27549)).body("result.monthlyCredit", is(2203.92f))
                .body("result.assumptions.name", hasItem("baseCeiling"))
                .body("result.statutory.pension.calculationBaseStatus", equalTo("PROJECTED"))
                .body("policies.kind", hasItem("CONTRIBUTION"));
    }

    /** The years before the account and 上海's 虚账实记 balance lie in the past: a projection takes them as given. */
    @Test
    void aProjectionTakesTheYearsBeforeTheAccountAndTheNotionalBalance() {
        String body = "{\"regionCode\":\"310000\",\"category\":\"MALE\",\"birthMonth\":\"1970-03\","
                + "\"currentWage\":12000,\"averageIndex\":1.0,\"currentBalance\":150000,\"contributionYears\":30,"
                + "\"deemedYears\":2,\"annualWageGrowth\":0.03,\"annualAccountInterest\":0.025%s}";
        given().contentType(ContentType.JSON).body(body.formatted(",\"notionalAccountBalance\":12000"))
                .post("/api/v1/pensions/projection").then().statusCode(200)
                .body("result.statutory.pension.components.find { it.type == 'NOTIONAL_ACCOUNT' }.amount", is(100.0f));
        given().contentType(ContentType.JSON).body(body.formatted(""))
                .post("/api/v1/pensions/projection").then().statusCode(200)
                .body("result.statutory.pension.components.find { it.type == 'NOTIONAL_ACCOUNT' }.amount",
                        nullValue())
                .body("unknown.field", hasItem("statutory.pension.components[0].amount"));
        given().contentType(ContentType.JSON).body(body.formatted(",\"yearsBeforeAccount\":31"))
                .post("/api/v1/pensions/projection").then().statusCode(400)
                .body("violations[0].field", equalTo("yearsBeforeAccount"));
    }
}
