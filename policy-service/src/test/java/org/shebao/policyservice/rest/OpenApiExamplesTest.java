package org.shebao.policyservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.shebao.contract.PolicyKind;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.Drafts;

/** The API document carries a complete example draft of every kind, and the API accepts each of them as it is. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class OpenApiExamplesTest extends ApiSupport {

    @Test
    void everyKindHasAnExampleTheApiAccepts() throws Exception {
        putDataSetRegions();
        JsonNode document = Drafts.JSON.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode examples = document.at("/paths/~1api~1v1~1policies/post/requestBody/content/application~1json/examples");
        assertThat(examples.size()).isEqualTo(PolicyKind.values().length);

        for (Map.Entry<String, JsonNode> example : examples.properties()) {
            String name = example.getValue().get("$ref").asText().replace("#/components/examples/", "");
            JsonNode draft = document.at("/components/examples/" + name + "/value");
            assertThat(draft.get("kind").asText()).isEqualTo(example.getKey());
            editor("examples").body(draft.toString()).post("/api/v1/policies").then().statusCode(201);
        }
    }
}
