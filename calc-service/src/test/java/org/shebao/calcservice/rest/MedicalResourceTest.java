package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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

    /** City H with a 省内 rule: 5 points off for a 省内 referral. */
    private static final String CITY_H_WITH_WITHIN_PROVINCE = CITY_H.replace("\"LONG_TERM_RESIDENCE\":0}",
            "\"LONG_TERM_RESIDENCE\":0},\"withinProvinceReductionPoints\":{\"REFERRAL\":0.05}");

    private static String visit(String treatment, String filing) {
        return visit("110000", treatment, filing, CITY_H);
    }

    private static String visit(String insured, String treatment, String filing, String policy) {
        return "{\"insuredRegionCode\":\"" + insured + "\",\"treatmentRegionCode\":\"" + treatment + "\","
                + "\"scheme\":\"EMPLOYEE\",\"memberStatus\":\"IN_SERVICE\",\"hospitalLevel\":3,\"visitType\":\"INPATIENT\","
                + "\"admissionNumberThisYear\":1,\"costs\":{\"classA\":20000,\"classB\":0,\"selfPay\":2000},"
                + "\"filing\":\"" + filing + "\",\"fundPaidThisYear\":0,\"personalBurdenThisYear\":0,"
                + "\"assistanceStatus\":\"NONE\",\"date\":\"2025-08-15\",\"policyOverride\":" + policy + "}";
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

    /** 阜阳 publishes no table and the national version has none: a gap, not another city's figures. */
    @Test
    void noPublishedScheduleIsAPolicyGapNotAGuess() {
        given().contentType(ContentType.JSON).body(visit("341200", "310000", "NONE", CITY_H)
                .replace(",\"policyOverride\":" + CITY_H, ""))
                .post("/api/v1/medical/reimbursements").then().statusCode(422)
                .contentType("application/problem+json");
    }

    /** Districts resolve to their 统筹区: 海淀 → 徐汇 is 跨省 (北京 and 上海 are each one area). */
    @Test
    void aBeijingDistrictInsuredTreatedInAShanghaiDistrictIsCrossProvince() {
        given().contentType(ContentType.JSON).body(visit("110108", "310104", "REFERRAL", CITY_H))
                .post("/api/v1/medical/reimbursements").then().statusCode(200)
                .body("result.scope", equalTo("CROSS_PROVINCE"))
                .body("result.insuredPoolingAreaCode", equalTo("110000"))
                .body("result.treatmentPoolingAreaCode", equalTo("310000"))
                .body("result.ratio", is(0.75f)).body("result.fundPayment", is(14025.00f));
    }

    /** 天河 (广州) → 福田 (深圳): another 统筹区 of 广东, so the 省内 rule applies, not the 跨省 10 points. */
    @Test
    void aGuangzhouDistrictInsuredTreatedInShenzhenIsWithinTheProvince() {
        given().contentType(ContentType.JSON).body(visit("440106", "440304", "REFERRAL", CITY_H_WITH_WITHIN_PROVINCE))
                .post("/api/v1/medical/reimbursements").then().statusCode(200)
                .body("result.scope", equalTo("WITHIN_PROVINCE"))
                .body("result.insuredPoolingAreaCode", equalTo("440100"))
                .body("result.treatmentPoolingAreaCode", equalTo("440300"))
                .body("result.ratio", is(0.80f)).body("result.fundPayment", is(14960.00f))
                .body("result.segments[0].payer", equalTo("FUND"));
    }

    /**
     * 省内 care not filed: the next steps name no 跨省 filing or claim procedure (the national guide's are for 跨省
     * care), and say that the procedure is not documented.
     */
    @Test
    void unfiledWithinProvinceCareIsNotSentToTheCrossProvinceProcedures() {
        given().contentType(ContentType.JSON).body(visit("440106", "440304", "NONE", CITY_H_WITH_WITHIN_PROVINCE))
                .post("/api/v1/medical/reimbursements").then().statusCode(200)
                .body("result.scope", equalTo("WITHIN_PROVINCE"))
                .body("result.nextSteps.materials.flatten()", empty())
                .body("caveats.code", hasItem("PROCEDURE_NOT_DOCUMENTED"));
        given().contentType(ContentType.JSON).body(visit("110000", "310000", "NONE", CITY_H))
                .post("/api/v1/medical/reimbursements").then().statusCode(200)
                .body("result.scope", equalTo("CROSS_PROVINCE"))
                .body("result.nextSteps.materials.flatten()", not(empty()));
    }

    /** 石家庄 → 唐山 with no 省内 rule anywhere up the chain: the payments are unknown, not the 跨省 ones. */
    @Test
    void anUnknownWithinProvinceRuleLeavesThePaymentsUnknown() {
        given().contentType(ContentType.JSON).body(visit("130102", "130203", "REFERRAL", CITY_H))
                .post("/api/v1/medical/reimbursements").then().statusCode(200)
                .body("result.scope", equalTo("WITHIN_PROVINCE"))
                .body("result.fundPayment", nullValue()).body("result.ratio", nullValue())
                .body("unknown.field", hasItems("ratio", "fundPayment", "patientPayment"))
                .body("unknown.reason", everyItem(equalTo("WITHIN_PROVINCE_RULE_UNKNOWN")))
                .body("caveats.code", hasItem("WITHIN_PROVINCE_RULE_UNKNOWN"));
    }

    /** 东城 → 海淀: both in 北京's one 统筹区, so local care. */
    @Test
    void twoDistrictsOfOneMunicipalityAreLocal() {
        given().contentType(ContentType.JSON).body(visit("110101", "110108", "NONE", CITY_H))
                .post("/api/v1/medical/reimbursements").then().statusCode(200)
                .body("result.scope", equalTo("LOCAL")).body("result.fundPayment", is(15895.00f))
                .body("result.directSettlement", is(true));
    }

    @Test
    void badInputNamesTheField() {
        given().contentType(ContentType.JSON).body(visit("310000", "NONE").replaceFirst("\"hospitalLevel\":3",
                "\"hospitalLevel\":4")).post("/api/v1/medical/reimbursements").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("hospitalLevel"));
        given().contentType(ContentType.JSON).body(visit("310000", "NONE").replace("\"selfPay\":2000",
                "\"selfPay\":2000,\"total\":21000")).post("/api/v1/medical/reimbursements").then().statusCode(400)
                .body("violations[0].field", equalTo("costs.total"));
        given().contentType(ContentType.JSON).body(visit("310000", "NONE").replace("\"fundPaidThisYear\":0",
                "\"fundPaidThisYear\":5000,\"eligibleCostThisYear\":1000")).post("/api/v1/medical/reimbursements")
                .then().statusCode(400).body("violations[0].field", equalTo("fundPaidThisYear"));
        given().contentType(ContentType.JSON).body(visit("999999", "NONE")).post("/api/v1/medical/reimbursements")
                .then().statusCode(404).body("violations[0].field", equalTo("treatmentRegionCode"));
    }

    /** An in-city 三级 stay of 20,000 元 under the published table of {@code region}, without policyOverride. */
    private static String publishedTableStay(String region, String scheme) {
        return visit(region, region, "NONE", "null").replace("\"scheme\":\"EMPLOYEE\"", "\"scheme\":\"" + scheme + "\"")
                .replace("\"selfPay\":2000", "\"selfPay\":0").replace(",\"policyOverride\":null", "");
    }

    /**
     * 成都 职工在职 三级 (起付 800, 85 %) and 广州 居民 三级 (起付 500, 70 %) are loaded without a fund cap: the payment
     * comes from the loaded terms and the cap is named unknown, not invented.
     */
    @Test
    void aPublishedTableWithoutAFundCapPaysFromItsTermsAndNamesTheCapUnknown() {
        given().contentType(ContentType.JSON).body(publishedTableStay("510100", "EMPLOYEE"))
                .post("/api/v1/medical/reimbursements").then().statusCode(200)
                .body("result.scope", equalTo("LOCAL")).body("result.deductible", is(800))
                .body("result.ratio", is(0.85f)).body("result.fundPayment", is(16320.00f))
                .body("result.patientPayment", is(3680.00f)).body("result.capReached", nullValue())
                .body("unknown.field", hasItem("capReached")).body("unknown.reason", hasItem("FUND_CAP_UNKNOWN"))
                .body("caveats.code", hasItem("FUND_CAP_UNKNOWN")).body("policies[0].regionCode", equalTo("510100"));
        given().contentType(ContentType.JSON).body(publishedTableStay("440100", "RESIDENT"))
                .post("/api/v1/medical/reimbursements").then().statusCode(200)
                .body("result.scope", equalTo("LOCAL")).body("result.deductible", is(500))
                .body("result.ratio", is(0.70f)).body("result.fundPayment", is(13650.00f))
                .body("result.patientPayment", is(6350.00f)).body("result.capReached", nullValue())
                .body("unknown.field", hasItem("capReached")).body("unknown.reason", hasItem("FUND_CAP_UNKNOWN"))
                .body("caveats.code", hasItem("FUND_CAP_UNKNOWN")).body("policies[0].regionCode", equalTo("440100"));
    }

    /** Neither the window nor breaks stated: the waiting period of each case, none assumed. */
    @Test
    void aResidentQuoteThatLeavesTheCaseOpenListsTheWaitingPeriodPerCase() {
        String body = "{\"regionCode\":\"341200\",\"coverageYear\":2026,\"members\":[{\"category\":\"ADULT\","
                + "\"count\":1}]}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/resident-medical/quote").then().statusCode(200)
                .body("result.waitingMonths", nullValue())
                .body("result.waitingCases.situation", contains("IN_WINDOW_CONTINUOUS",
                        "OUTSIDE_WINDOW_OR_AFTER_BREAK", "SCHEME_SWITCH_WITHIN_GRACE"))
                .body("result.waitingCases.months", contains(0, 3, 0))
                .body("warnings.code", hasItem("WAITING_PERIOD_BY_CASE"));
        given().contentType(ContentType.JSON).body(body.replace("}]}", "}],\"schemeSwitch\":{\"continuousYears\":2,"
                + "\"gapMonths\":2}}")).post("/api/v1/resident-medical/quote").then().statusCode(200)
                .body("result.waitingMonths", is(0));
    }

    /** 北京 publishes no medical crediting rate: the in-service credit is unknown, never 0. */
    @Test
    void personalAccountCreditingIsUnknownWhereNotPublished() {
        given().queryParam("regionCode", "110000").queryParam("memberStatus", "IN_SERVICE").queryParam("base", 10000)
                .get("/api/v1/medical/personal-account").then().statusCode(200)
                .body("result.memberStatus", equalTo("IN_SERVICE")).body("result.monthlyCredit", nullValue())
                .body("unknown[0].field", equalTo("monthlyCredit"))
                .body("unknown[0].reason", equalTo("ACCOUNT_RATE_NOT_PUBLISHED"));
        given().queryParam("regionCode", "110000").queryParam("memberStatus", "IN_SERVICE")
                .get("/api/v1/medical/personal-account").then().statusCode(400)
                .body("violations[0].field", equalTo("base"));
        given().queryParam("regionCode", "110000").queryParam("memberStatus", "X")
                .get("/api/v1/medical/personal-account").then().statusCode(400)
                .body("violations[0].field", equalTo("memberStatus"));
    }

    /** 武汉 credits retirees a fixed 83 元 a month (2.5 % of the city's 2021 average pension). */
    @Test
    void aRetireeIsCreditedTheRegionsFixedAmount() {
        given().queryParam("regionCode", "420100").queryParam("memberStatus", "RETIRED")
                .get("/api/v1/medical/personal-account").then().statusCode(200)
                .body("result.monthlyCredit", is(83)).body("complete", is(true))
                .body("result.note", containsString("66元"));
    }

    /** 北京 credits retirees by age (70岁以下 100 / 70岁及以上 110 元): without an age every band is answered. */
    @Test
    void aRetireesCreditByAgeIsGivenPerBandWithoutAnAgeAndChosenWithOne() {
        given().queryParam("regionCode", "110000").queryParam("memberStatus", "RETIRED")
                .get("/api/v1/medical/personal-account").then().statusCode(200)
                .body("result.monthlyCredit", nullValue())
                .body("unknown[0].field", equalTo("monthlyCredit"))
                .body("unknown[0].reason", equalTo("CREDIT_BY_AGE"))
                .body("result.creditByAge.fromAge", contains(0, 70))
                .body("result.creditByAge.monthlyCredit", contains(100, 110));
        given().queryParam("regionCode", "110000").queryParam("memberStatus", "RETIRED").queryParam("age", "70")
                .get("/api/v1/medical/personal-account").then().statusCode(200)
                .body("result.monthlyCredit", is(110)).body("result.age", is(70)).body("complete", is(true));
        given().queryParam("regionCode", "120000").queryParam("memberStatus", "RETIRED").queryParam("age", "65")
                .get("/api/v1/medical/personal-account").then().statusCode(200)
                .body("result.monthlyCredit", is(40)).body("result.note", containsString("建国前老工人"));
    }

    /** An age or base the answer does not depend on is named in a warning; an impossible age is a 400. */
    @Test
    void inputsTheCreditDoesNotDependOnAreNamedAndBadAgesRefused() {
        given().queryParam("regionCode", "420100").queryParam("memberStatus", "RETIRED").queryParam("age", "66")
                .queryParam("base", "8000")
                .get("/api/v1/medical/personal-account").then().statusCode(200)
                .body("result.monthlyCredit", is(83))
                .body("warnings.findAll { it.code == 'INPUT_IGNORED' }.field", containsInAnyOrder("age", "base"));
        given().queryParam("regionCode", "110000").queryParam("memberStatus", "RETIRED").queryParam("age", "200")
                .get("/api/v1/medical/personal-account").then().statusCode(400)
                .body("violations[0].field", equalTo("age"));
        given().queryParam("regionCode", "110000").queryParam("memberStatus", "RETIRED").queryParam("age", "seventy")
                .get("/api/v1/medical/personal-account").then().statusCode(400)
                .body("violations[0].field", equalTo("age"));
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

    /** 武汉: 男30/女25 years, 10 of them paid in 武汉 (third-party pages quoting the city's wording). */
    @Test
    void wuhanNeedsThirtyYearsForMenOfWhichTenPaidInTheCity() {
        given().queryParam("regionCode", "420100").queryParam("gender", "MALE").queryParam("cumulativeMonths", 330)
                .queryParam("localMonths", 100).queryParam("retirementMonth", "2026-08")
                .get("/api/v1/medical/eligibility").then().statusCode(200)
                .body("result.eligible", is(false)).body("result.requiredMonths", is(360))
                .body("result.gapMonths", is(30)).body("result.localRequiredMonths", is(120))
                .body("result.localGapMonths", is(20));
    }

    /** 深圳's table moves by the year the pension starts: 24 years in 2023, 25 from 2024, 15 of them in 深圳. */
    @Test
    void shenzhenRequiredYearsFollowTheYearOfRetirement() {
        given().queryParam("regionCode", "440300").queryParam("gender", "FEMALE").queryParam("cumulativeMonths", 290)
                .queryParam("localMonths", 180).queryParam("retirementMonth", "2023-11")
                .get("/api/v1/medical/eligibility").then().statusCode(200)
                .body("result.eligible", is(true)).body("result.requiredMonths", is(288));
        given().queryParam("regionCode", "440300").queryParam("gender", "FEMALE").queryParam("cumulativeMonths", 290)
                .queryParam("localMonths", 180).queryParam("retirementMonth", "2026-08")
                .get("/api/v1/medical/eligibility").then().statusCode(200)
                .body("result.eligible", is(false)).body("result.requiredMonths", is(300))
                .body("result.gapMonths", is(10));
    }

    @Test
    void eligibilityDefaultsToThisMonthAndSaysWhenNoRegionStatesTheYears() {
        given().queryParam("regionCode", "310000").queryParam("gender", "MALE").queryParam("cumulativeMonths", 200)
                .get("/api/v1/medical/eligibility").then().statusCode(200).body("result.eligible", is(true));
        given().queryParam("regionCode", "341200").queryParam("gender", "MALE").queryParam("cumulativeMonths", 200)
                .get("/api/v1/medical/eligibility").then().statusCode(422)
                .body("type", equalTo("urn:shebao:problem:policy-gap"));
    }
}
