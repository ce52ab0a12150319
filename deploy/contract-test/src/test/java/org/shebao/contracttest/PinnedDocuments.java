package org.shebao.contracttest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The OpenAPI documents pinned under {@code docs/openapi}: read as JSON trees, written pretty-printed. */
final class PinnedDocuments {

    static final String CALC_SERVICE = "calc-service";
    static final String POLICY_SERVICE = "policy-service";

    /** Decimals as they are written, so that {@code 0.10} is read back and written again unchanged. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Two spaces, {@code "key": value}, {@code []} and {@code {}} when empty: what JSON.stringify(x, null, 2) writes. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private PinnedDocuments() {
    }

    static Path directory() {
        return Path.of(System.getProperty("openapi.dir", "../../docs/openapi")).toAbsolutePath().normalize();
    }

    static Path file(String service) {
        return directory().resolve(service + ".json");
    }

    static JsonNode read(String service) {
        return parse(readString(file(service)));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON", e);
        }
    }

    static void write(String service, JsonNode document) {
        try {
            Files.createDirectories(directory());
            Files.writeString(file(service), JSON.writer(PRETTY).writeValueAsString(document) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
