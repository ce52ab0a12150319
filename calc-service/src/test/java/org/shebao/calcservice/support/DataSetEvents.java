package org.shebao.calcservice.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyEvent;
import org.shebao.contract.PolicyJson;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicySource;
import org.shebao.contract.PolicyTimeline;
import org.shebao.contract.PublishedPeriods;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.Region;

/**
 * The events policy-service would publish for the data set under deploy/data: one per region and one timeline per
 * (region, kind), each version published in file order. calc-service tests start from these, as from a real topic.
 */
public final class DataSetEvents {

    public static final ObjectMapper JSON = PolicyJson.newMapper();
    static final Instant PUBLISHED_AT = Instant.parse("2026-11-01T00:00:00Z");

    private DataSetEvents() {
    }

    public static List<PolicyEvent> all() {
        List<PolicyEvent> events = new ArrayList<>();
        for (JsonNode region : read(root().resolve("regions.json"))) {
            events.add(PolicyEvent.of(treeToValue(region, Region.class), 1, PUBLISHED_AT));
        }
        Map<String, List<JsonNode>> drafts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root().resolve("policies"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(file -> read(file).forEach(draft ->
                    drafts.computeIfAbsent(draft.get("regionCode").asText() + "/" + draft.get("kind").asText(),
                            key -> new ArrayList<>()).add(draft)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        drafts.values().forEach(versions -> events.add(PolicyEvent.of(timeline(versions), PUBLISHED_AT)));
        return events;
    }

    /** Publishes the drafts in file order, each at a revision of its own, by the contract's {@link PublishedPeriods}. */
    private static PolicyTimeline timeline(List<JsonNode> drafts) {
        PublishedPeriods periods = new PublishedPeriods(List.of());
        for (int i = 0; i < drafts.size(); i++) {
            JsonNode d = drafts.get(i);
            periods.publish(i + 1, date(d, "effectiveFrom"), date(d, "effectiveTo"));
        }
        List<PublishedPolicy> versions = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            JsonNode d = drafts.get(i);
            PolicyKind kind = PolicyKind.valueOf(d.get("kind").asText());
            versions.add(new PublishedPolicy(d.get("regionCode").asText(), kind, i + 1, date(d, "effectiveFrom"),
                    periods.get(i + 1).orElseThrow().to(), PUBLISHED_AT, i + 1,
                    Confidence.valueOf(d.get("confidence").asText()), treeToValue(d.get("source"), PolicySource.class),
                    date(d, "lastReviewed"), d.hasNonNull("note") ? d.get("note").asText() : null,
                    treeToValue(d.get("payload"), kind.payloadType())));
        }
        PublishedPolicy first = versions.get(0);
        return new PolicyTimeline(first.regionCode(), first.kind(), versions.size(), versions);
    }

    private static LocalDate date(JsonNode draft, String field) {
        return draft.hasNonNull(field) ? LocalDate.parse(draft.get(field).asText()) : null;
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/data/policies"))) {
                return dir.resolve("deploy/data");
            }
        }
        throw new IllegalStateException("no deploy/data above " + Path.of("").toAbsolutePath());
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static <T> T treeToValue(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
