package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.DataSetEvents;
import org.shebao.calcservice.support.BrokerlessProfile;

/** Every request example of the API document is answered with 200 on the data set. */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class OpenApiExamplesTest {

    @Test
    void everyRequestExampleWorks() throws Exception {
        JsonNode document = DataSetEvents.JSON.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> tried = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            JsonNode content = path.getValue().at("/post/requestBody/content");
            for (Map.Entry<String, JsonNode> media : content.properties()) {
                for (JsonNode example : media.getValue().path("examples")) {
                    JsonNode value = example.get("value");
                    String body = value.isTextual() ? value.asText() : value.toString();
                    given().contentType(media.getKey()).body(body.getBytes(UTF_8))
                            .post(path.getKey()).then().statusCode(200);
                    tried.add(path.getKey());
                }
            }
        }
        assertThat(tried).contains("/api/v1/contributions", "/api/v1/contributions/batch",
                "/api/v1/contributions/adjustments", "/api/v1/pensions/estimate", "/api/v1/pensions/projection",
                "/api/v1/medical/reimbursements", "/api/v1/resident-medical/quote");
    }
}
