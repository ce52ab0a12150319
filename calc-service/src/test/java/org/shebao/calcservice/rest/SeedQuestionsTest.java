package org.shebao.calcservice.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shebao.calcservice.support.BrokerlessProfile;

/**
 * The seed pages' questions (src/test/resources/seed-questions.json): each is {@code answered} or {@code unanswerable}
 * with a reason; each answered one is asked of the service on the data set and its answer checked against the policy
 * it cites. Where a seed contradicts the policy the file records the contradiction; the seed is never asserted.
 */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class SeedQuestionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry of the list: the questions it groups, with the page they are on. */
    record Entry(String page, JsonNode node) {

        @Override
        public String toString() {
            return page + ": " + node.get("questions").get(0).asText();
        }
    }

    static JsonNode list() throws IOException {
        try (InputStream in = SeedQuestionsTest.class.getResourceAsStream("/seed-questions.json")) {
            return JSON.readTree(in);
        }
    }

    static Stream<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        list().get("pages").forEach(page -> page.get("questions").forEach(q -> entries.add(
                new Entry(page.get("title").asText(), q))));
        return entries.stream();
    }

    @Test
    void everySeedPageIsListedUnderItsOwnTitle() throws IOException {
        Path seeds = seedFolder();
        JsonNode pages = list().get("pages");
        List<String> listed = new ArrayList<>();
        for (JsonNode page : pages) {
            listed.add(page.get("file").asText());
            if (seeds != null) {
                String first = Files.readAllLines(seeds.resolve(page.get("file").asText()), StandardCharsets.UTF_8)
                        .get(0).strip();
                assertThat(first).isEqualTo(page.get("title").asText());
            }
        }
        if (seeds != null) {
            try (Stream<Path> files = Files.list(seeds)) {
                assertThat(listed).containsExactlyInAnyOrderElementsOf(
                        files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).toList());
            }
        }
        assertThat(listed).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void eachQuestionIsAnsweredAndCheckedOrSaysWhyNot(Entry entry) {
        JsonNode q = entry.node();
        String status = q.get("status").asText();
        assertThat(status).isIn("answered", "unanswerable");
        assertThat(q.get("questions")).isNotEmpty();
        if (status.equals("answered")) {
            assertThat(q.path("policy").asText()).as("the policy the answer rests on").isNotBlank();
            assertThat(q.path("checks")).as("checks of an answered question").isNotEmpty();
        } else {
            assertThat(q.path("reason").asText()).as("why it cannot be answered").isNotBlank();
        }
        if (q.hasNonNull("request")) {
            Response response = "POST".equals(q.path("method").asText())
                    ? given().contentType("application/json").body(q.get("body").toString())
                            .post(q.get("request").asText())
                    : given().urlEncodingEnabled(true).get(q.get("request").asText());
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            JsonPath answer = response.jsonPath();
            q.get("checks").forEach(check -> check(answer, check));
        }
    }

    private static void check(JsonPath answer, JsonNode check) {
        String path = check.get("path").asText();
        Object value = answer.get(path);
        String as = path + " in " + answer.prettify();
        check.fieldNames().forEachRemaining(op -> {
            JsonNode expected = check.get(op);
            switch (op) {
                case "path" -> {
                }
                case "equals" -> {
                    if (expected.isNumber()) {
                        assertThat(new BigDecimal(String.valueOf(value))).as(as).isEqualByComparingTo(expected.decimalValue());
                    } else if (expected.isBoolean()) {
                        assertThat(value).as(as).isEqualTo(expected.asBoolean());
                    } else {
                        assertThat(value).as(as).isEqualTo(expected.asText());
                    }
                }
                case "contains" -> assertThat(String.valueOf(value)).as(as).contains(expected.asText());
                case "hasItem" -> assertThat(items(value)).as(as).contains(expected.isBoolean()
                        ? (Object) expected.asBoolean() : expected.asText());
                case "notHasItem" -> assertThat(items(value)).as(as).doesNotContain((Object) expected.asText());
                case "everyItem" -> assertThat(items(value)).as(as).isNotEmpty().allMatch(expected.asText()::equals);
                case "hasItemContaining" -> assertThat(items(value)).as(as)
                        .anyMatch(i -> String.valueOf(i).contains(expected.asText()));
                case "isNull" -> assertThat(value).as(as).isNull();
                case "notNull" -> assertThat(value).as(as).isNotNull();
                case "lessOrEqual" -> assertThat(new BigDecimal(String.valueOf(value))).as(as)
                        .isLessThanOrEqualTo(expected.decimalValue());
                case "greaterThan" -> assertThat(new BigDecimal(String.valueOf(value))).as(as)
                        .isGreaterThan(expected.decimalValue());
                default -> throw new IllegalArgumentException("unknown check " + op);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> items(Object value) {
        assertThat(value).isInstanceOf(Collection.class);
        return (Collection<Object>) value;
    }

    /** The seed pages where they are kept next to the project; null when the build runs without them. */
    private static Path seedFolder() {
        String configured = System.getProperty("seeds.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        return null;
    }
}
