package org.shebao.policyservice.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.shebao.localstack.quarkus.JwtTestResource;
import org.shebao.localstack.quarkus.KafkaTestResource;
import org.shebao.localstack.quarkus.PostgresTestResource;
import org.shebao.localstack.transcript.GuideTranscripts;
import org.shebao.localstack.transcript.JsonPattern;
import org.shebao.localstack.transcript.Transcript;
import org.shebao.localstack.transcript.TranscriptCheck;
import org.shebao.policyservice.support.ApiSupport;
import org.shebao.policyservice.support.DataSet;
import org.shebao.policyservice.support.Drafts;

/**
 * The operators' steps of the API guide (docs/api.md §9), every policy-service {@code curl} in the guide's order on
 * the data set as the local stack loads it, each answer compared with the one the guide shows ({@link JsonPattern}).
 * The steps build on each other (a draft is edited, submitted, approved, withdrawn), so they run as one sequence; the
 * ids the guide shows are bound to the ids this database gives on first sight and replaced in later requests.
 */
@QuarkusTest
@TestProfile(GuideTranscriptsTest.OwnDatabase.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(JwtTestResource.class)
class GuideTranscriptsTest extends ApiSupport {

    /** A fresh application with its own PostgreSQL: the steps assume the data set and nothing of other tests. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    private static final Path GUIDE = Path.of("../docs/api.md");
    private static final int POLICY_PORT = 8081;
    private static final Path BEIJING_CONTRIBUTION = Path.of("deploy/data/policies/110000-beijing/contribution.json");

    /**
     * What the guide may show differently from this run, the one place that says so: timestamps, and revisions,
     * which count every publication of the data set in the order it was loaded. Ids are not ignored but bound
     * ({@link #ID_MEMBERS}).
     */
    private static final Set<String> VOLATILE_MEMBERS = Set.of("createdAt", "updatedAt", "submittedAt", "reviewedAt",
            "publishedAt", "requestedAt", "confirmedAt", "occurredAt", "publishedRevision", "revision");
    /** Members holding the id of a policy version, whatever the answer. */
    private static final Set<String> VERSION_ID_MEMBERS = Set.of("versionId", "fromId", "toId", "entityId");
    private static final Set<String> ID_MEMBERS = Set.of("id", "versionId", "fromId", "toId", "entityId");
    /** Where a request or a text names an id: a path segment after its collection, or a query parameter naming a version. */
    private static final Pattern ID_IN_TEXT =
            Pattern.compile("(policies|change-sets)/(\\d+)|(against|entityId)=(\\d+)");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");

    @TestHTTPResource("/")
    URL service;

    /** The guide's id → this run's, per collection ("policies", "change-sets", "audit"). */
    private final Map<String, String> ids = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> theOperatorStepsAnswerAsTheGuideShows() {
        GuideTranscripts guide = GuideTranscripts.read(GUIDE);
        Map<String, String> files = describedFiles(guide.files().get("draft.json"));
        Stream<DynamicTest> load = Stream.of(dynamicTest("load the data set", this::loadDataSet));
        Stream<DynamicTest> steps = guide.transcripts().stream()
                .filter(transcript -> transcript.port() == POLICY_PORT)
                .map(transcript -> transcript.body() == null && transcript.bodyFile() != null
                        ? transcript.withBody(files.get(transcript.bodyFile())) : transcript)
                .map(transcript -> dynamicTest(transcript.toString(), () -> run(transcript, guide.tokens())));
        return Stream.concat(load, steps);
    }

    /** Regions and every policy file, as one change set drafted and approved by two people, as the stack loads it. */
    private void loadDataSet() {
        putDataSetRegions();
        String changeSet = Drafts.json(Map.of("title", "Data set", "items", DataSet.drafts()));
        long id = editor("data-editor").body(changeSet).post("/api/v1/change-sets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        editor("data-editor").post("/api/v1/change-sets/" + id + "/submit").then().statusCode(200);
        approver("data-approver").post("/api/v1/change-sets/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
    }

    private void run(Transcript transcript, Map<String, List<String>> tokens) {
        assertThat(transcript.body() != null || transcript.bodyFile() == null)
                .as("%s: no content for %s", transcript, transcript.bodyFile()).isTrue();
        String collection = collection(transcript.pathAndQuery());
        TranscriptCheck check = new TranscriptCheck(service.toString().replaceAll("/$", ""), new Rules(collection),
                text -> resolve(text, tokens));
        TranscriptCheck.Outcome outcome = check.run(transcript);
        assertThat(outcome.matches()).as(outcome::report).isTrue();
        if (transcript.answer() == null) {
            assertThat(outcome.response().status()).as(outcome::report).isLessThan(400);
        }
    }

    /**
     * The files the guide describes in words rather than showing, made from what it shows: each description is
     * quoted next to its file.
     */
    private static Map<String, String> describedFiles(String draft) {
        ObjectNode shown = (ObjectNode) read(draft);
        ArrayNode beijing = (ArrayNode) read(DataSet.root().resolve(BEIJING_CONTRIBUTION));
        Map<String, String> files = new HashMap<>();
        // "draft2.json is draft.json with the note "2027年度 not yet published; …""
        files.put("draft2.json", shown.deepCopy()
                .put("note", "2027年度 not yet published; bounds carried forward from 2026年度 (illustration)")
                .toString());
        // jq '{title: "北京 re-import", items: .}' deploy/data/policies/110000-beijing/contribution.json
        files.put("cs0.json", changeSet("北京 re-import", beijing));
        // {"title": "北京 2028年度 缴费基数 (illustration)", "items": [<the published 2026年度 item>, <draft.json moved
        // to 2028-07-01 → 2029-07-01>]}
        files.put("cs1.json", changeSet("北京 2028年度 缴费基数 (illustration)",
                TranscriptCheck.JSON.createArrayNode().add(beijing.get(2)).add(moved(shown, 2028))));
        // {"title": "北京 2029年度 (illustration)", "items": [<draft.json moved to 2029-07-01 → 2030-07-01>]}
        files.put("cs2.json", changeSet("北京 2029年度 (illustration)",
                TranscriptCheck.JSON.createArrayNode().add(moved(shown, 2029))));
        // carol.json: draft.json moved to 2029-07-01 → 2030-07-01
        files.put("carol.json", moved(shown, 2029).toString());
        return files;
    }

    private static ObjectNode moved(ObjectNode draft, int year) {
        return draft.deepCopy().put("effectiveFrom", year + "-07-01").put("effectiveTo", (year + 1) + "-07-01");
    }

    private static String changeSet(String title, ArrayNode items) {
        ObjectNode changeSet = TranscriptCheck.JSON.createObjectNode().put("title", title);
        changeSet.set("items", items);
        return changeSet.toString();
    }

    private static JsonNode read(Object source) {
        try {
            return source instanceof Path file ? TranscriptCheck.JSON.readTree(file.toFile())
                    : TranscriptCheck.JSON.readTree((String) source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The guide's tokens and ids in a request, replaced with this run's. */
    private String resolve(String text, Map<String, List<String>> tokens) {
        String withTokens = VARIABLE.matcher(text).replaceAll(variable -> {
            List<String> userAndRoles = tokens.get(variable.group(1));
            assertThat(userAndRoles).as("token variable %s", variable.group()).isNotNull();
            return Matcher.quoteReplacement(jwt.token(userAndRoles.get(0),
                    userAndRoles.subList(1, userAndRoles.size()).toArray(String[]::new)));
        });
        return withBoundIds(withTokens);
    }

    /** The ids the guide writes in a path or query, replaced with this run's (those seen so far). */
    private String withBoundIds(String text) {
        return ID_IN_TEXT.matcher(text).replaceAll(match -> match.group(1) != null
                ? match.group(1) + "/" + ids.getOrDefault(match.group(1) + "/" + match.group(2), match.group(2))
                : match.group(3) + "=" + ids.getOrDefault("policies/" + match.group(4), match.group(4)));
    }

    /** Which collection an answer's {@code id} belongs to. */
    private static String collection(String path) {
        return path.startsWith("/api/v1/change-sets") ? "change-sets"
                : path.startsWith("/api/v1/audit") ? "audit" : "policies";
    }

    /** Volatile members ignored, ids bound, a {@code Location} compared by its path with the id bound. */
    private final class Rules implements JsonPattern.Rules {
        private final String collection;

        Rules(String collection) {
            this.collection = collection;
        }

        @Override
        public boolean ignored(String member) {
            return VOLATILE_MEMBERS.contains(member);
        }

        /** A text naming a path with an id, e.g. a problem's {@code instance}, with the id bound. */
        @Override
        public boolean sameText(String guide, String answer) {
            return withBoundIds(guide).equals(answer);
        }

        @Override
        public boolean bound(String member) {
            return ID_MEMBERS.contains(member);
        }

        @Override
        public String bind(String member, JsonNode guide, JsonNode answer) {
            String key = (VERSION_ID_MEMBERS.contains(member) ? "policies" : collection) + "/" + guide.asText();
            String known = ids.putIfAbsent(key, answer.asText());
            return known == null || known.equals(answer.asText()) ? null
                    : member + " " + guide.asText() + " stood for " + known + " before, now for " + answer.asText();
        }

        @Override
        public String header(String name, String guide, String answer) {
            if (!name.equalsIgnoreCase("Location")) {
                return JsonPattern.Rules.super.header(name, guide, answer);
            }
            String guidePath = URI.create(guide).getPath();
            String id = guidePath.substring(guidePath.lastIndexOf('/') + 1);
            String answerPath = URI.create(answer).getPath();
            String problem = bind("id", TranscriptCheck.JSON.getNodeFactory().textNode(id),
                    TranscriptCheck.JSON.getNodeFactory().textNode(answerPath.substring(answerPath.lastIndexOf('/') + 1)));
            String expected = guidePath.substring(0, guidePath.lastIndexOf('/') + 1);
            return problem != null ? problem : answerPath.startsWith(expected) ? null
                    : "header Location: guide " + guide + ", service " + answer;
        }
    }
}
