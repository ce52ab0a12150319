package org.shebao.calcservice.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shebao.calcservice.support.BrokerlessProfile;
import org.shebao.localstack.transcript.GuideTranscripts;
import org.shebao.localstack.transcript.JsonPattern;
import org.shebao.localstack.transcript.Transcript;
import org.shebao.localstack.transcript.TranscriptCheck;

/**
 * Every calc-service {@code curl} of the API guide (docs/api.md §3–§6), run on the data set and compared with the
 * answer the guide shows after it: status, the headers shown, the body (abridged where the guide writes {@code …},
 * see {@link JsonPattern}). The guide is the one list of documented requests; when an answer changes, correct the
 * guide from the failure, which names its lines and prints the real answer.
 */
@QuarkusTest
@TestProfile(BrokerlessProfile.class)
class GuideTranscriptsTest {

    private static final Path GUIDE = Path.of("../docs/api.md");
    private static final int CALC_PORT = 8082;
    /** §9 calls calc-service after an operator's publication: its answer depends on policy-service's steps. */
    private static final String OPERATOR_SECTION = "9.";

    /**
     * What the guide may show differently from this test's run, the one place that says so. Revisions count every
     * event of a timeline, so they depend on the order the data set was loaded and on operator steps made since; the
     * tags they belong to ({@code 110000/CONTRIBUTION}) and the policy versions are compared. {@code /state}'s
     * freshness is the consumer's progress at the moment of the request (here the state is seeded without a broker,
     * so it is never "caught up" and never confirmed), and its last change a timestamp.
     */
    private static final Set<String> VOLATILE_MEMBERS = Set.of("revision",
            "caughtUp", "stalenessSeconds", "confirmedCurrentAt", "lastChange");
    private static final Pattern REVISION_TAG = Pattern.compile("(\\d{6}/[A-Z_]+=)\\d+");

    static final JsonPattern.Rules RULES = new JsonPattern.Rules() {
        @Override
        public boolean ignored(String member) {
            return VOLATILE_MEMBERS.contains(member);
        }

        @Override
        public boolean sameText(String guide, String answer) {
            return withoutRevisions(guide).equals(withoutRevisions(answer));
        }
    };

    @TestHTTPResource("/")
    URL service;

    static Stream<Transcript> calcTranscripts() {
        return GuideTranscripts.read(GUIDE).transcripts().stream()
                .filter(transcript -> transcript.port() == CALC_PORT)
                .filter(transcript -> !transcript.section().startsWith(OPERATOR_SECTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calcTranscripts")
    void theServiceAnswersAsTheGuideShows(Transcript transcript) {
        String base = service.toString().replaceAll("/$", "");
        TranscriptCheck.Outcome outcome = new TranscriptCheck(base, RULES, text -> text).run(transcript);
        assertThat(outcome.matches()).as(outcome::report).isTrue();
        if (outcome.body() != null && outcome.body().isArray()) {
            outcome.body().forEach(GuideTranscriptsTest::assertStatusIsConsistent);
        } else if (outcome.body() != null) {
            assertStatusIsConsistent(outcome.body());
        }
    }

    private static String withoutRevisions(String text) {
        return REVISION_TAG.matcher(text).replaceAll("$1#");
    }

    /**
     * The status vocabulary holds in every answer (and every answered batch line): each unknown figure is null in the
     * result, {@code complete} says whether there is any, and its reason is the code of a caveat or warning.
     */
    private static void assertStatusIsConsistent(JsonNode answer) {
        if (!answer.has("result")) {
            return;
        }
        JsonNode unknown = answer.get("unknown");
        assertThat(answer.get("complete").asBoolean()).isEqualTo(unknown.isEmpty());
        for (JsonNode figure : unknown) {
            String field = figure.get("field").asText();
            JsonNode value = answer.get("result").at("/" + field.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1"));
            assertThat(value.isNull() || value.isMissingNode()).as("%s is unknown, so null", field).isTrue();
            assertThat(answer.findValuesAsText("code")).as("reason of %s", field).contains(figure.get("reason").asText());
        }
    }
}
