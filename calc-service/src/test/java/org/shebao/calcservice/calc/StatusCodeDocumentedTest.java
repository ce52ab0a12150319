package org.shebao.calcservice.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Clients act on the codes, so each one is explained in the API guide's table (docs/api.md §4.3). */
class StatusCodeDocumentedTest {

    @Test
    void everyCodeHasARowInTheApiGuide() throws IOException {
        String guide = Files.readString(apiGuide());
        for (StatusCode code : StatusCode.values()) {
            assertThat(guide).as("docs/api.md documents %s", code)
                    .contains("| `" + code + "` | " + code.kind().name().toLowerCase() + " |");
        }
    }

    private static Path apiGuide() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/api.md"))) {
                return dir.resolve("docs/api.md");
            }
        }
        throw new IllegalStateException("no docs/api.md above " + Path.of("").toAbsolutePath());
    }
}
