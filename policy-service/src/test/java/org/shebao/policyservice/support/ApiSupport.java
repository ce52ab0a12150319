package org.shebao.policyservice.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;
import org.shebao.localstack.KafkaBroker;
import org.shebao.localstack.LocalJwt;
import org.shebao.localstack.quarkus.InjectTestResource;
import org.shebao.policyservice.api.DraftRequest;

/**
 * What the API tests share: tokens for operators, the broker, and the test regions. Each test class works in regions
 * of its own, so classes do not depend on each other's data.
 */
public abstract class ApiSupport {

    @InjectTestResource
    protected LocalJwt jwt;

    @InjectTestResource
    protected KafkaBroker broker;

    protected RequestSpecification editor(String name) {
        return as(name, "policy-editor");
    }

    protected RequestSpecification approver(String name) {
        return as(name, "policy-approver");
    }

    protected RequestSpecification as(String name, String... roles) {
        return given().auth().oauth2(jwt.token(name, roles)).contentType(ContentType.JSON);
    }

    /** The nation, a test province and a city under it. */
    protected void ensureRegions(String provinceCode, String cityCode) {
        put(new Region(Region.NATION, "全国", RegionLevel.NATIONAL, null, 1));
        put(new Region(provinceCode, "测试省" + provinceCode, RegionLevel.PROVINCE, Region.NATION, 7));
        if (cityCode != null) {
            put(new Region(cityCode, "测试市" + cityCode, RegionLevel.CITY, provinceCode, 7));
        }
    }

    /** The data set's whole region tree, in one request as the local stack loads it. */
    protected void putDataSetRegions() {
        approver("region-admin").body(DataSet.regions().toString()).put("/api/v1/regions").then().statusCode(200);
    }

    private void put(Region region) {
        approver("region-admin").body(Drafts.json(region)).put("/api/v1/regions/" + region.code())
                .then().statusCode(anyOf(is(200), is(201)));
    }

    /** Drafted by {@code author}, submitted, approved by someone else; returns the version's id. */
    protected long publish(DraftRequest draft) {
        long id = editor("author").body(Drafts.json(draft)).post("/api/v1/policies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        editor("author").post("/api/v1/policies/" + id + "/submit").then().statusCode(200);
        approver("reviewer").post("/api/v1/policies/" + id + "/approve").then().statusCode(200);
        return id;
    }
}
