package org.shebao.policyservice.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** The policy data set kept under {@code deploy/data/}, read as the local stack loads it. */
public final class DataSet {

    private DataSet() {
    }

    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/data/policies"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no deploy/data/policies above " + Path.of("").toAbsolutePath());
    }

    public static JsonNode regions() {
        return read(root().resolve("deploy/data/regions.json"));
    }

    /** Every draft of every file, files in path order, drafts in file order. */
    public static List<JsonNode> drafts() {
        List<JsonNode> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root().resolve("deploy/data/policies"))) {
            files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .forEach(file -> read(file).forEach(drafts::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drafts;
    }

    private static JsonNode read(Path file) {
        try {
            return Drafts.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
