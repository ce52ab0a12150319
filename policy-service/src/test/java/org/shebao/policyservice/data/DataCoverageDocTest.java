package org.shebao.policyservice.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.shebao.policyservice.support.DataSet;

/** The coverage table of docs/data.md says exactly what the data files hold. */
class DataCoverageDocTest {

    @Test
    void theCoverageTableMatchesTheDataFiles() throws IOException {
        Map<String, String> names = new HashMap<>();
        DataSet.regions().forEach(r -> names.put(r.get("code").asText(), r.get("name").asText()));
        List<String> fromFiles = new ArrayList<>();
        for (JsonNode draft : DataSet.drafts()) {
            String code = draft.get("regionCode").asText();
            JsonNode to = draft.get("effectiveTo");
            JsonNode source = draft.get("source");
            String sourceName = source.hasNonNull("documentNumber") ? source.get("documentNumber").asText()
                    : source.get("title").asText();
            fromFiles.add(String.join(" | ", names.get(code), code, draft.get("kind").asText(),
                    draft.get("effectiveFrom").asText(), to == null || to.isNull() ? "open" : to.asText(),
                    draft.get("confidence").asText(), sourceName));
        }

        assertThat(coverageTable()).containsExactlyInAnyOrderElementsOf(fromFiles);
    }

    @Test
    void everyRegionAppearsOnceAfterItsParent() {
        Set<String> seen = new HashSet<>();
        for (JsonNode region : DataSet.regions()) {
            String parent = region.get("parentCode").asText(null);
            assertThat(parent == null || seen.contains(parent)).as("parent of %s listed before it", region).isTrue();
            assertThat(seen.add(region.get("code").asText())).as("%s listed once", region).isTrue();
        }
    }

    private static List<String> coverageTable() throws IOException {
        List<String> lines = Files.readAllLines(DataSet.root().resolve("docs/data.md"));
        int heading = lines.indexOf("## Coverage");
        assertThat(heading).as("docs/data.md has a '## Coverage' section").isNotNegative();
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            if (line.startsWith("| Region") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            rows.add(String.join(" | ", Arrays.stream(cells).map(String::strip).toList()));
        }
        return rows;
    }
}
