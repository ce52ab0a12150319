package org.shebao.localstack.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** The guide's abridgement convention, and the differences it reports. */
class JsonPatternTest {

    private static final JsonPattern.Rules EXACT = member -> false;

    private static List<JsonPattern.Difference> compare(String guide, String answer) {
        try {
            JsonNode real = TranscriptCheck.JSON.readTree(answer);
            return JsonPattern.parseAll(guide, 10).get(0).compare(real, EXACT);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void anUnabridgedAnswerMustBeEqualNumbersWithTheirScale() {
        assertThat(compare("{\"a\": 1600.00, \"b\": [1, 2]}", "{\"b\":[1,2],\"a\":1600.00}")).isEmpty();
        assertThat(compare("{\"a\": 1600.00}", "{\"a\":1600.0}")).singleElement()
                .satisfies(d -> assertThat(d.toString()).contains("line 10", ".a", "guide 1600.00, service 1600.0"));
        assertThat(compare("{\"a\": 1}", "{\"a\":1,\"b\":null}")).singleElement()
                .satisfies(d -> assertThat(d.what()).contains("not in the guide"));
        assertThat(compare("[1, 2]", "[1,2,3]")).hasSize(1);
    }

    @Test
    void anEllipsisStandsForAValueMembersElementsOrText() {
        assertThat(compare("{\"a\": …, \"b\": 2, …}", "{\"a\":{\"x\":1},\"b\":2,\"c\":3}")).isEmpty();
        assertThat(compare("[1, …, 4]", "[1,2,3,4]")).isEmpty();
        assertThat(compare("[1, …]", "[1]")).isEmpty();
        assertThat(compare("{\"n\": \"Estimate only: …\"}", "{\"n\":\"Estimate only: settled elsewhere\"}")).isEmpty();
        assertThat(compare("[\n  {\"a\": 1}\n  …\n  {\"a\": 3}\n  …\n]", "[{\"a\":1},{\"a\":2},{\"a\":3}]")).isEmpty();
    }

    @Test
    void anElementNotFoundInOrderIsNamedWithItsLine() {
        List<JsonPattern.Difference> differences = compare("[\n {\"a\": 1},\n …,\n {\"a\": 9}\n]",
                "[{\"a\":1},{\"a\":2},{\"a\":3}]");
        assertThat(differences).isNotEmpty();
        assertThat(differences.get(0).line()).isEqualTo(13);
    }

    @Test
    void severalValuesAreReadInOrder() {
        assertThat(JsonPattern.parseAll("{\"a\":1}\n{\"a\":2}\n", 1)).hasSize(2);
    }
}
