package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;
import org.shebao.policyservice.support.PolicyTopic;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class RegionResourceTest extends ApiSupport {

    @Test
    void aRegionIsCreatedOnceAndAnnouncedOnTheTopic() {
        ensureRegions("910000", null);
        Region city = new Region("910100", "测试市", RegionLevel.CITY, "910000", 7);

        approver("admin").body(Drafts.json(city)).put("/api/v1/regions/910100").then().statusCode(201);
        approver("admin").body(Drafts.json(city)).put("/api/v1/regions/910100").then().statusCode(200);

        given().get("/api/v1/regions/910100").then().statusCode(200)
                .body("name", equalTo("测试市")).body("parentCode", equalTo("910000"))
                .body("socialInsuranceYearStartMonth", is(7));
        assertThatOneRegionEventWasSent("910100");
    }

    @Test
    void manyRegionsAreImportedAtOnceParentsFirstAndAgainWithoutChange() {
        ensureRegions("930000", null);
        List<Region> batch = List.of(new Region("930100", "测试市", RegionLevel.CITY, "930000", 7),
                new Region("930102", "测试区", RegionLevel.COUNTY, "930100", 7));

        approver("admin").body(Drafts.json(batch)).put("/api/v1/regions").then().statusCode(200)
                .body("created", is(2)).body("updated", is(0)).body("unchanged", is(0));
        approver("admin").body(Drafts.json(batch)).put("/api/v1/regions").then().statusCode(200)
                .body("created", is(0)).body("unchanged", is(2));

        given().get("/api/v1/regions/930102").then().statusCode(200).body("level", equalTo("COUNTY"));
        PolicyTopic.await(broker.bootstrapServers(), "region/930102", e -> e.region().name().equals("测试区"));
    }

    @Test
    void anImportWithOneMisplacedRegionChangesNothingAndNamesIt() {
        ensureRegions("940000", null);
        List<Region> batch = List.of(new Region("940100", "测试市", RegionLevel.CITY, "940000", 7),
                new Region("940102", "测试区", RegionLevel.COUNTY, "940000", 7));

        approver("admin").body(Drafts.json(batch)).put("/api/v1/regions").then().statusCode(422)
                .body("violations.field", contains("[1].parentCode"));
        given().get("/api/v1/regions/940100").then().statusCode(404);
    }

    private void assertThatOneRegionEventWasSent(String code) {
        PolicyTopic.await(broker.bootstrapServers(), "region/" + code, e -> e.region().name().equals("测试市"));
        assertThat(PolicyTopic.events(broker.bootstrapServers(), "region/" + code))
                .hasSize(1);
    }

    @Test
    void searchFiltersByTextAndLevelAndPages() {
        ensureRegions("920000", "920100");
        given().queryParam("q", "测试市920").queryParam("level", "CITY").get("/api/v1/regions")
                .then().statusCode(200)
                .body("total", is(1)).body("items.code", contains("920100"));
        given().queryParam("size", 1).get("/api/v1/regions")
                .then().statusCode(200).body("items.size()", is(1)).body("size", is(1));
    }

    @Test
    void aRegionMustHangUnderAnExistingParentOneLevelUp() {
        ensureRegions("930000", null);
        Region orphan = new Region("939900", "孤儿市", RegionLevel.CITY, "939000", 7);

        approver("admin").body(Drafts.json(orphan)).put("/api/v1/regions/939900")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItem("parentCode"));
    }

    @Test
    void writesNeedTheApproverRoleAndAToken() {
        Region region = new Region("940000", "测试省", RegionLevel.PROVINCE, Region.NATION, 7);

        given().contentType(ContentType.JSON).body(Drafts.json(region)).put("/api/v1/regions/940000")
                .then().statusCode(401).contentType("application/problem+json");
        editor("someone").body(Drafts.json(region)).put("/api/v1/regions/940000")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(Drafts.json(region))
                .put("/api/v1/regions/940000").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badQueryParametersAreNamedInA400() {
        given().queryParam("level", "TOWN").get("/api/v1/regions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("level"));
        given().queryParam("size", 1001).get("/api/v1/regions")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/regions/999999").then().statusCode(404).contentType("application/problem+json");
    }
}
