package org.shebao.calcservice.calc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.shebao.contract.PolicyJson;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.PolicyPayload;

/**
 * Reads the regional golden figures from the policy data files ({@code deploy/data/policies/<code>-<pinyin>/<kind>.json},
 * arrays of versions in order) so that no test hard-codes a real region's figures. A version's number is its position
 * in the file (from 1). The files are part of the repository: a missing one fails the test.
 */
public final class PolicyData {

    private static final ObjectMapper MAPPER = PolicyJson.newMapper();

    private PolicyData() {
    }

    /**
     * The version of {@code kind} of the region directory (e.g. "110000-beijing") in force on {@code date}; of two
     * covering it, the later in the file (the later publication, as a correction).
     */
    public static <P extends PolicyPayload> SourcedPolicy<P> inForce(String regionDirectory, PolicyKind kind,
            LocalDate date) {
        Path file = root().resolve(regionDirectory).resolve(kind.name().toLowerCase(Locale.ROOT) + ".json");
        try {
            JsonNode versions = MAPPER.readTree(file.toFile());
            for (int i = versions.size() - 1; i >= 0; i--) {
                JsonNode version = versions.get(i);
                LocalDate from = LocalDate.parse(version.get("effectiveFrom").asText());
                JsonNode to = version.get("effectiveTo");
                boolean covers = !date.isBefore(from)
                        && (to == null || to.isNull() || date.isBefore(LocalDate.parse(to.asText())));
                if (covers) {
                    @SuppressWarnings("unchecked")
                    P payload = (P) MAPPER.treeToValue(version.get("payload"), kind.payloadType());
                    return SourcedPolicy.of(new PolicyRef(version.get("regionCode").asText(), kind, i + 1), payload);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no " + kind + " version of " + regionDirectory + " covers " + date);
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/data/policies");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no deploy/data/policies directory above the working directory");
    }
}
