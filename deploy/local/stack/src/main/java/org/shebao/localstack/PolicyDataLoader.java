package org.shebao.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads the policy data set of {@code deploy/data} through policy-service's API, never through SQL,
 * so that it is validated, versioned, audited and published to Kafka like any change. Loading
 * twice changes nothing: regions are PUT, and a change set of drafts that are all published
 * already is answered NOTHING_TO_CHANGE.
 */
public final class PolicyDataLoader {

    public static final String EDITOR_ROLE = "policy-editor";
    public static final String APPROVER_ROLE = "policy-approver";

    private final ApiClient policyApi;
    private final String editorToken;
    private final String approverToken;
    private final Consumer<String> out;

    public PolicyDataLoader(ApiClient policyApi, LocalJwt jwt, Consumer<String> out) {
        this.policyApi = policyApi;
        this.editorToken = jwt.token("local-editor", EDITOR_ROLE);
        this.approverToken = jwt.token("local-approver", APPROVER_ROLE);
        this.out = out;
    }

    /** Loads {@code regions.json}, then every {@code policies/<dir>/<file>.json} as one change set. */
    public void load(Path dataDir) {
        load(dataDir, code -> true);
    }

    /**
     * Loads the regions of {@code regions.json} whose code {@code regionCodes} accepts, then the policies of those
     * regions ({@code policies/<code>-<name>/}) as one change set: a part of the data set loads much faster.
     */
    public void load(Path dataDir, Predicate<String> regionCodes) {
        loadRegions(dataDir.resolve("regions.json"), regionCodes);
        loadPolicies(dataDir.resolve("policies"), directory -> regionCodes.test(directory.substring(0, 6)));
    }

    private void loadRegions(Path file, Predicate<String> regionCodes) {
        ArrayNode regions = ApiClient.JSON.createArrayNode();
        readArray(file).forEach(region -> {
            if (regionCodes.test(region.path("code").asText())) {
                regions.add(region);
            }
        });
        JsonNode counts = ApiClient.read(expect(Set.of(200), "PUT", "/api/v1/regions", regions, approverToken).body());
        out.accept("Regions: " + regions.size() + " from " + file.getFileName() + " (" + counts.path("created").asInt()
                + " created, " + counts.path("updated").asInt() + " updated, " + counts.path("unchanged").asInt()
                + " unchanged)");
    }

    private void loadPolicies(Path policiesDir, Predicate<String> directories) {
        List<Path> files = policyFiles(policiesDir).stream()
                .filter(file -> directories.test(policiesDir.relativize(file).getName(0).toString()))
                .toList();
        if (files.isEmpty()) {
            out.accept("Policies: no file in " + policiesDir);
            return;
        }
        ArrayNode items = ApiClient.JSON.createArrayNode();
        files.forEach(file -> items.addAll(readArray(file)));
        ObjectNode changeSet = ApiClient.JSON.createObjectNode().put("title", "Local data set");
        changeSet.set("items", items);

        HttpResponse<String> created = expect(Set.of(200, 201), "POST", "/api/v1/change-sets", changeSet, editorToken);
        JsonNode answer = ApiClient.read(created.body());
        if (created.statusCode() == 200) {
            out.accept("Policies: " + items.size() + " drafts from " + files.size() + " files, all published already ("
                    + answer.path("status").asText() + ")");
            return;
        }
        String changeSetPath = "/api/v1/change-sets/" + answer.path("id").asLong();
        expect(Set.of(200), "POST", changeSetPath + "/submit", null, editorToken);
        expect(Set.of(200), "POST", changeSetPath + "/approve", null, approverToken);
        out.accept("Policies: change set " + answer.path("id").asLong() + " of " + items.size() + " drafts from "
                + files.size() + " files approved (" + countOutcome(answer, "CREATED") + " created, "
                + countOutcome(answer, "UNCHANGED") + " unchanged)");
    }

    private HttpResponse<String> expect(Set<Integer> statuses, String method, String path, JsonNode body, String token) {
        HttpResponse<String> response = policyApi.send(method, path, body, token);
        if (!statuses.contains(response.statusCode())) {
            throw new IllegalStateException(method + " " + policyApi.baseUrl() + path + " answered "
                    + response.statusCode() + ":\n" + response.body());
        }
        return response;
    }

    private static long countOutcome(JsonNode changeSet, String outcome) {
        long count = 0;
        for (JsonNode item : changeSet.path("items")) {
            if (outcome.equals(item.path("outcome").asText())) {
                count++;
            }
        }
        return count;
    }

    /** {@code <dir>/<subdir>/<file>.json}, in path order. */
    private static List<Path> policyFiles(Path policiesDir) {
        if (!Files.isDirectory(policiesDir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(policiesDir, 2)) {
            return paths.filter(path -> policiesDir.relativize(path).getNameCount() == 2)
                    .filter(path -> path.getFileName().toString().endsWith(".json") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode readArray(Path file) {
        try {
            JsonNode json = ApiClient.JSON.readTree(file.toFile());
            if (!(json instanceof ArrayNode array)) {
                throw new IllegalStateException(file + " must hold a JSON array");
            }
            return array;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
