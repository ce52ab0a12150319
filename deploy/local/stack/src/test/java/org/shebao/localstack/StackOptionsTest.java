package org.shebao.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StackOptionsTest {

    @Test
    void defaultsFollowTheRepositoryRoot() {
        StackOptions options = StackOptions.parse("--repo-root", "/repo");

        assertThat(options).isEqualTo(new StackOptions(Path.of("/repo"), Path.of("/repo/deploy/local/.data"),
                55432, 9092, 9093, 8081, 8082, false, false));
    }

    @Test
    void laterOptionsOverrideEarlierOnes() {
        StackOptions options = StackOptions.parse("--repo-root", "/repo", "--policy-port", "8081", "--data-dir", "/data",
                "--policy-port", "9081", "--calc-port", "9082", "--pg-port", "5432", "--kafka-port", "29092",
                "--kafka-controller-port", "29093", "--reset");

        assertThat(options).isEqualTo(new StackOptions(Path.of("/repo"), Path.of("/data"),
                5432, 29092, 29093, 9081, 9082, true, false));
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> StackOptions.parse("--repo-root", "/repo", "--verbose")).hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> StackOptions.parse("--repo-root", "/repo", "--pg-port")).hasMessage("--pg-port needs a value");
        assertThatThrownBy(() -> StackOptions.parse("--repo-root", "/repo", "--pg-port", "99999"))
                .hasMessageContaining("must be a port number");
        assertThatThrownBy(() -> StackOptions.parse("--reset")).hasMessage("--repo-root is required");
    }

    @Test
    void helpNeedsNothingElse() {
        assertThat(StackOptions.parse("--help").help()).isTrue();
    }
}
