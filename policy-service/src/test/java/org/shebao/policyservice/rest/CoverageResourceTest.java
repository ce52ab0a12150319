package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.api.DraftRequest;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.DataSet;
import org.shebao.policyservice.support.Drafts;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class CoverageResourceTest extends ApiSupport {

    private static final String DATE = "2026-11-30";

    @Test
    void regionsAndAreasAreInForceProvisionalOrMissing() {
        ensureRegions("965000", "965100");
        ensureNationalCarryForward();
        ensureRegions("965000", "965200");
        ensureRegions("965000", "965300");
        ensureRegions("966000", null);
        // 965100's 2025年度 ended 2026-07-01: carried forward for 12 months under the national rule
        publish(Drafts.contribution("965100", "2025-07-01", "2026-07-01", 6000, 30000, "0.08"));
        publish(Drafts.contribution("965200", "2026-01-01", "2027-01-01", 6000, 30000, "0.08"));
        // the province's only version ended more than 12 months before the date: nothing may be carried
        publish(Drafts.contribution("965000", "2024-01-01", "2025-01-01", 5000, 25000, "0.08"));
        publish(Drafts.contribution("966000", "2026-01-01", null, 7000, 35000, "0.08"));

        ValidatableResponse report = given().queryParam("date", DATE).queryParam("kind", "CONTRIBUTION")
                .get("/api/v1/coverage").then().statusCode(200).body("date", equalTo(DATE));

        report.body(own("965100") + ".status", equalTo("PROVISIONAL"))
                .body(own("965100") + ".version", is(1))
                .body(own("965100") + ".effectiveTo", equalTo("2026-07-01"))
                .body(own("965100") + ".carriedForwardUntil", equalTo("2027-07-01"))
                .body(own("965200") + ".status", equalTo("IN_FORCE"))
                .body(own("965200") + ".carriedForwardUntil", nullValue())
                .body(own("965000") + ".status", equalTo("MISSING"))
                .body(own("965000") + ".version", nullValue())
                .body("regions.regionCode", not(hasItem("965300")));

        report.body(area("965100") + ".status", equalTo("PROVISIONAL"))
                .body(area("965100") + ".resolvedRegionCode", equalTo("965100"))
                .body(area("965200") + ".status", equalTo("IN_FORCE"))
                .body(area("965200") + ".inherited", is(false))
                .body(area("965300") + ".status", equalTo("MISSING"))
                .body(area("965300") + ".resolvedRegionCode", nullValue())
                .body(area("966000") + ".status", equalTo("IN_FORCE"))
                .body("areas.regionCode", not(hasItem("965000")));

        // earlier, within 12 months of the province's end, a city without versions of its own is served by them
        given().queryParam("date", "2025-11-01").queryParam("kind", "CONTRIBUTION").get("/api/v1/coverage")
                .then().statusCode(200)
                .body(area("965300") + ".status", equalTo("PROVISIONAL"))
                .body(area("965300") + ".resolvedRegionCode", equalTo("965000"))
                .body(area("965300") + ".inherited", is(true));

        // a region's in-force view names the same version and says it is carried forward, as calc-service uses it
        given().queryParam("date", DATE).queryParam("kind", "CONTRIBUTION").get("/api/v1/regions/965100/policies")
                .then().statusCode(200)
                .body("[0].status", equalTo("PROVISIONAL"))
                .body("[0].carriedForwardUntil", equalTo("2027-07-01"))
                .body("[0].version.version", is(1))
                .body("[0].inherited", is(false));
        given().queryParam("date", DATE).queryParam("kind", "CONTRIBUTION").get("/api/v1/regions/965200/policies")
                .then().statusCode(200)
                .body("[0].status", equalTo("IN_FORCE"))
                .body("[0].carriedForwardUntil", nullValue());
        given().queryParam("date", DATE).queryParam("kind", "CONTRIBUTION").get("/api/v1/regions/965300/policies")
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void badQueryParametersAreNamedInA400() {
        given().queryParam("date", "30.11.2026").get("/api/v1/coverage").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("date"));
        given().queryParam("kind", "PAYROLL").get("/api/v1/coverage").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("kind"));
    }

    private static String own(String code) {
        return "regions.find { it.regionCode == '" + code + "' }.kinds[0]";
    }

    private static String area(String code) {
        return "areas.find { it.regionCode == '" + code + "' }.kinds[0]";
    }

    /**
     * The data set's national CARRY_FORWARD version, unless another test class already loaded the data set into this
     * database; publishing the same draft keeps a later load of the data set unchanged.
     */
    private void ensureNationalCarryForward() {
        boolean published = given().queryParam("date", DATE).queryParam("kind", "CARRY_FORWARD")
                .get("/api/v1/regions/100000/policies").then().statusCode(200)
                .extract().jsonPath().getList("$").size() == 1;
        if (!published) {
            JsonNode draft = DataSet.drafts().stream()
                    .filter(d -> d.path("regionCode").asText().equals("100000")
                            && d.path("kind").asText().equals("CARRY_FORWARD"))
                    .findFirst().orElseThrow();
            try {
                publish(Drafts.JSON.treeToValue(draft, DraftRequest.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
