package org.shebao.policyservice.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls calc-service for the console (what-if previews, its state), server to server: the browser talks to
 * policy-service only, so calc-service needs no CORS and sees no operator session.
 */
@ApplicationScoped
public class CalcServiceClient {

    /** An answer of calc-service: its status and JSON body (a result or a problem). */
    public record Answer(int status, JsonNode body) {
    }

    /** calc-service did not answer (down, unreachable, too slow). */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    ConsoleConfig config;

    @Inject
    ObjectMapper json;

    public Answer post(String path, JsonNode body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the request to calc-service", e);
        }
    }

    public Answer get(String path) {
        return send(request(path).GET().build());
    }

    public String baseUrl() {
        return config.calcServiceUrl();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(config.calcServiceUrl() + path))
                .timeout(config.calcServiceTimeout()).header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? null : json.readTree(body));
        } catch (IOException e) {
            throw new Unavailable("calc-service at " + config.calcServiceUrl() + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting for calc-service", e);
        }
    }
}
