package org.shebao.localstack.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Runs a guide's {@code curl} against a service and compares the answer with what the guide shows: the status, each
 * header shown, the body ({@link JsonPattern}). The failure names the guide's lines, the differences and the whole
 * real answer, so the guide can be corrected from it.
 */
public final class TranscriptCheck {

    /** Keeps numbers exact, scale included: {@code 1600.00} stays {@code 1600.00}. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final JsonPattern.Rules rules;
    private final UnaryOperator<String> resolve;

    /**
     * @param baseUrl the service, e.g. {@code http://localhost:8081}
     * @param rules what is volatile
     * @param resolve replaces shell variables and learnt ids in the path, headers and body
     */
    public TranscriptCheck(String baseUrl, JsonPattern.Rules rules, UnaryOperator<String> resolve) {
        this.baseUrl = baseUrl;
        this.rules = rules;
        this.resolve = resolve;
    }

    /** A real answer: status, headers, body text. */
    public record Response(int status, HttpHeaders headers, String text) {
    }

    /** The real answer and how it differs from the guide's. */
    public record Outcome(Transcript transcript, Response response, JsonNode body,
            List<JsonPattern.Difference> differences) {

        public boolean matches() {
            return differences.isEmpty();
        }

        /** The failure: the guide's place, the differences, the real answer. */
        public String report() {
            StringBuilder out = new StringBuilder().append(transcript).append(" (").append(transcript.section())
                    .append(")\n");
            differences.forEach(difference -> out.append(difference).append('\n'));
            out.append("The service answered ").append(response.status()).append(' ')
                    .append(response.headers().firstValue("Content-Type").orElse("")).append(":\n")
                    .append(body == null ? response.text() : pretty(body));
            return out.toString();
        }
    }

    public Outcome run(Transcript transcript) {
        HttpResponse<String> response = send(transcript);
        return compare(transcript, new Response(response.statusCode(), response.headers(), response.body()));
    }

    /** Compares a real answer with the one the guide shows after {@code transcript}. */
    public Outcome compare(Transcript transcript, Response response) {
        List<JsonPattern.Difference> differences = new ArrayList<>();
        Transcript.Answer shown = transcript.answer();
        JsonNode body = parse(response);
        if (shown == null) {
            return new Outcome(transcript, response, body, differences);
        }
        if (shown.status() != null && shown.status() != response.status()) {
            differences.add(new JsonPattern.Difference("", shown.line(),
                    "status: guide " + shown.status() + ", service " + response.status()));
        }
        for (Map.Entry<String, String> header : shown.headers()) {
            String real = response.headers().firstValue(header.getKey()).orElse(null);
            String problem = real == null ? "header " + header.getKey() + ": not in the service's answer"
                    : rules.header(header.getKey(), header.getValue(), real);
            if (problem != null) {
                differences.add(new JsonPattern.Difference("", shown.line(), problem));
            }
        }
        if (!shown.body().isEmpty()) {
            compareBody(shown, body, differences);
        }
        return new Outcome(transcript, response, body, differences);
    }

    private void compareBody(Transcript.Answer shown, JsonNode body, List<JsonPattern.Difference> differences) {
        int line = shown.body().get(0).line;
        if (body == null) {
            differences.add(new JsonPattern.Difference("", line, "the guide shows a body, the service sent none"));
        } else if (body.isArray() && shown.body().size() > 1) {
            differences.addAll(JsonPattern.lines(shown.body(), line).compare(body, rules));
        } else if (shown.body().size() > 1) {
            differences.add(new JsonPattern.Difference("", line, "the guide shows " + shown.body().size()
                    + " values for one JSON answer"));
        } else {
            differences.addAll(shown.body().get(0).compare(body, rules));
        }
    }

    private HttpResponse<String> send(Transcript transcript) {
        String body = transcript.body() == null ? null : resolve.apply(transcript.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl
                        + resolve.apply(transcript.pathAndQuery())))
                .timeout(Duration.ofSeconds(60))
                .method(transcript.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        transcript.headers().forEach(header -> request.header(header.getKey(), resolve.apply(header.getValue())));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON (NDJSON as an array of its lines); null if empty or not JSON. */
    private static JsonNode parse(Response response) {
        String text = response.text();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson")) {
                ArrayNode lines = JSON.createArrayNode();
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(JSON.readTree(line));
                    }
                }
                return lines;
            }
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    public static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
