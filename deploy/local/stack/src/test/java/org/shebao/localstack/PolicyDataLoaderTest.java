package org.shebao.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader against a stand-in for policy-service that answers as its contract says. */
class PolicyDataLoaderTest {

    @TempDir
    Path dir;

    private final List<String> requests = new ArrayList<>();
    private final Map<String, String> answers = new HashMap<>();
    private HttpServer policyService;
    private JsonNode changeSetSent;
    private JsonNode regionsSent;

    @BeforeEach
    void startPolicyService() throws IOException {
        policyService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        policyService.createContext("/", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + groups(exchange.getRequestHeaders().getFirst("Authorization"));
            requests.add(request);
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (request.startsWith("POST /api/v1/change-sets ")) {
                changeSetSent = ApiClient.read(new String(body, StandardCharsets.UTF_8));
            } else if (request.startsWith("PUT /api/v1/regions ")) {
                regionsSent = ApiClient.read(new String(body, StandardCharsets.UTF_8));
            }
            String answer = answers.getOrDefault(exchange.getRequestMethod() + " " + exchange.getRequestURI(), "200 {}");
            byte[] response = answer.substring(4).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(Integer.parseInt(answer.substring(0, 3)), response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        policyService.start();

        Files.writeString(dir.resolve("regions.json"), """
                [{"code": "100000", "name": "全国"}, {"code": "110000", "name": "北京市", "parentCode": "100000"}]""");
        write("policies/440000-guangdong/pension.json", "[{\"n\": 3}]");
        write("policies/110000-beijing/pension.json", "[{\"n\": 2}]");
        write("policies/110000-beijing/contribution.json", "[{\"n\": 0}, {\"n\": 1}]");
        write("policies/README.md", "not data");
        write("policies/110000-beijing/old/contribution.json", "[{\"n\": 99}]");
    }

    @AfterEach
    void stopPolicyService() {
        policyService.stop(0);
    }

    @Test
    void loadsRegionsThenOneChangeSetThatItSubmitsAndApproves() {
        answers.put("PUT /api/v1/regions", "200 {\"created\": 1, \"updated\": 0, \"unchanged\": 1}");
        answers.put("POST /api/v1/change-sets", """
                201 {"id": 7, "status": "DRAFT", "items": [{"index": 0, "outcome": "CREATED"}, {"index": 1, "outcome": "UNCHANGED"}]}""");

        List<String> output = load();

        assertThat(requests).containsExactly(
                "PUT /api/v1/regions [policy-approver]",
                "POST /api/v1/change-sets [policy-editor]",
                "POST /api/v1/change-sets/7/submit [policy-editor]",
                "POST /api/v1/change-sets/7/approve [policy-approver]");
        assertThat(changeSetSent.get("title").asText()).isEqualTo("Local data set");
        assertThat(changeSetSent.get("items").findValuesAsText("n")).containsExactly("0", "1", "2", "3");
        assertThat(regionsSent.findValuesAsText("code")).containsExactly("100000", "110000");
        assertThat(output).contains("Regions: 2 from regions.json (1 created, 0 updated, 1 unchanged)");
        assertThat(output).contains("Policies: change set 7 of 4 drafts from 3 files approved (1 created, 1 unchanged)");
    }

    @Test
    void submitsNothingWhenEverythingIsPublishedAlready() {
        answers.put("POST /api/v1/change-sets", "200 {\"status\": \"NOTHING_TO_CHANGE\", \"items\": []}");

        List<String> output = load();

        assertThat(requests).last().isEqualTo("POST /api/v1/change-sets [policy-editor]");
        assertThat(output).last().asString().contains("all published already (NOTHING_TO_CHANGE)");
    }

    @Test
    void failsWithTheProblemTheServiceReported() {
        answers.put("POST /api/v1/change-sets", "422 {\"title\": \"Invalid draft\", \"detail\": \"items[2]: rate > 1\"}");

        assertThatThrownBy(this::load)
                .hasMessageContaining("POST http://127.0.0.1:")
                .hasMessageContaining("/api/v1/change-sets answered 422")
                .hasMessageContaining("items[2]: rate > 1");
    }

    private List<String> load() {
        List<String> output = new ArrayList<>();
        ApiClient api = new ApiClient("http://127.0.0.1:" + policyService.getAddress().getPort());
        new PolicyDataLoader(api, LocalJwt.forKeysIn(dir.resolve("keys")), output::add).load(dir);
        return output;
    }

    private void write(String file, String content) throws IOException {
        Files.createDirectories(dir.resolve(file).getParent());
        Files.writeString(dir.resolve(file), content);
    }

    private static String groups(String authorization) {
        String claims = new String(Base64.getUrlDecoder().decode(authorization.split("\\.")[1]), StandardCharsets.UTF_8);
        return ApiClient.read(claims).get("groups").toString().replace("\"", "");
    }
}
