package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.BrokerlessProfile;

/** The two guidance endpoints on the data set: scope, cited procedures, regional or national, and bad input. */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class GuideResourceTest {

    private static ValidatableResponse guide(String insured, String treatment, String situation) {
        return given().queryParam("insuredRegionCode", insured).queryParam("treatmentRegionCode", treatment)
                .queryParam("situation", situation).queryParam("date", "2026-11-30")
                .get("/api/v1/medical/out-of-area-guide").then();
    }

    @Test
    void aBeijingReferralToShanghaiIsCrossProvinceWithTheNationalFilingEveryItemCited() {
        guide("110105", "310000", "REFERRAL").statusCode(200)
                .body("result.scope", equalTo("CROSS_PROVINCE"))
                .body("result.insuredPoolingAreaCode", equalTo("110000"))
                .body("result.filingRequired", is(true))
                .body("result.filing.source", equalTo("NATIONAL"))
                .body("result.filing.materials.name", hasItem("参保地规定的定点医疗机构出具的转诊转院证明材料"))
                .body("result.filing.materials.citation.documentNumber", everyItem(equalTo("医保发〔2022〕22号")))
                .body("result.filing.channels.names", hasItem("国家异地就医备案小程序"))
                .body("result.filing.filingAfterAdmission.allowed", is(true))
                .body("result.filing.filingAfterAdmission.citation.article", equalTo("经办规程 第16条"))
                .body("result.directSettlement.allowed", is(true))
                .body("result.expectedRatioChange.reductionPoints", lessThanOrEqualTo(0.10f))
                .body("result.manualClaim.claimDeadline.citation", notNullValue())
                .body("caveats.code", hasItem("NATIONAL_GUIDE_USED"))
                .body("policies.kind", hasItem("GUIDE"));
    }

    @Test
    void longTermResidenceFilingsHoldIndefinitelyAndCanBeChangedWithinSixMonths() {
        guide("110000", "460100", "RETIREE_RESETTLEMENT").statusCode(200)
                .body("result.filingType", equalTo("LONG_TERM_RESIDENCE"))
                .body("result.filing.validity.indefinite", is(true))
                .body("result.filing.changeOrCancel.months", is(6))
                .body("result.filing.materials.name", hasItem("个人承诺书"))
                .body("result.expectedRatioChange.reductionPoints", is(0));
    }

    @Test
    void emergencyCareCountsAsFiled() {
        guide("440100", "110000", "EMERGENCY").statusCode(200)
                .body("result.filingRequired", is(false))
                .body("result.directSettlement.text", containsString("视同已备案"));
    }

    @Test
    void guangzhouInsuredTreatedInShenzhenIsWithinProvinceAndNotGivenTheCrossProvinceRules() {
        guide("440100", "440300", "TEMPORARY_OTHER").statusCode(200)
                .body("result.scope", equalTo("WITHIN_PROVINCE"))
                .body("result.filing", nullValue())
                .body("unknown.field", hasItem("filing"))
                .body("caveats.code", hasItem("PROCEDURE_NOT_DOCUMENTED"));
    }

    @Test
    void twoDistrictsOfOneCityAreLocal() {
        guide("110105", "110108", "TEMPORARY_OTHER").statusCode(200)
                .body("result.scope", equalTo("LOCAL")).body("result.filingRequired", is(false))
                .body("result.expectedRatioChange.reductionPoints", is(0)).body("complete", is(true));
    }

    @Test
    void enrolmentGuidesForNonLocalPeopleAreNationalAndSaySo() {
        given().queryParam("regionCode", "440106").queryParam("procedure", "ENROLMENT").get("/api/v1/guides")
                .then().statusCode(200)
                .body("result.procedures.source", everyItem(equalTo("NATIONAL")))
                .body("result.procedures.nonLocalHukou", hasItem(true))
                .body("result.procedures.materials.flatten().name", hasItem("居住证"))
                .body("caveats.code", hasItem("NATIONAL_GUIDE_USED"));
    }

    @Test
    void cardAndVoucherGuidesExist() {
        for (String procedure : new String[] { "SOCIAL_SECURITY_CARD", "MEDICAL_E_VOUCHER", "RELATION_TRANSFER",
                "OUT_OF_AREA_FILING", "MANUAL_REIMBURSEMENT" }) {
            given().queryParam("regionCode", "110000").queryParam("procedure", procedure).get("/api/v1/guides")
                    .then().statusCode(200).body("result.procedures.size()", greaterThan(0));
        }
    }

    @Test
    void aBadSituationIsA400NamingTheParameter() {
        guide("110000", "310000", "HOLIDAY").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("situation"));
    }

    @Test
    void aMissingSituationIsA400NamingTheParameter() {
        given().queryParam("insuredRegionCode", "110000").queryParam("treatmentRegionCode", "310000")
                .get("/api/v1/medical/out-of-area-guide").then().statusCode(400)
                .body("violations[0].field", equalTo("situation"));
    }

    @Test
    void anUnknownCodeIsA404NamingIt() {
        guide("110000", "999999", "REFERRAL").statusCode(404).contentType("application/problem+json")
                .body("violations[0].field", equalTo("treatmentRegionCode"));
    }

    @Test
    void hongKongIsOutsideTheSystem() {
        guide("110000", "810000", "REFERRAL").statusCode(422).body("violations[0].field",
                equalTo("treatmentRegionCode"));
    }

    @Test
    void anUndeclaredQueryParameterIsA400() {
        given().queryParam("regionCode", "110000").queryParam("procedure", "ENROLMENT").queryParam("city", "x")
                .get("/api/v1/guides").then().statusCode(400).body("violations[0].field", equalTo("city"));
    }

    @Test
    void aBadProcedureIsA400NamingIt() {
        given().queryParam("regionCode", "110000").queryParam("procedure", "VISA").get("/api/v1/guides").then()
                .statusCode(400).body("violations[0].field", equalTo("procedure"));
    }
}
