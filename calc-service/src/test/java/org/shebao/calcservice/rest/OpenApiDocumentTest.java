package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shebao.calcservice.support.BrokerlessProfile;
import org.shebao.calcservice.support.DataSetEvents;

/**
 * The API document as a contract for generated clients. With {@code -Dopenapi.update=true} the live document is also
 * written, pretty-printed, to {@code docs/openapi/calc-service.json}.
 */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class OpenApiDocumentTest {

    private static final Path PINNED = Path.of("../docs/openapi/calc-service.json");
    private static final ObjectMapper JSON = DataSetEvents.JSON;

    static JsonNode document;

    /** Read once; RestAssured knows the test port only once the application runs. */
    @BeforeEach
    void read() throws IOException {
        if (document != null) {
            return;
        }
        document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(PINNED.getParent());
            Files.writeString(PINNED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n", UTF_8);
        }
    }

    @Test
    void isOpenApi31() {
        assertThat(document.get("openapi").asText()).startsWith("3.1");
    }
}
