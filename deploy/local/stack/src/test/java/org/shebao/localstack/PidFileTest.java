package org.shebao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStackOnTheSameDataDirectoryIsRefused() throws Exception {
        try (PidFile held = PidFile.claim(dataDir.resolve("local-stack.pid"), message -> { })) {
            held.add("postgres", ProcessHandle.current().pid());

            JavaProcess second = JavaProcess.start("second-stack", List.of("-cp", System.getProperty("java.class.path"),
                    LocalStack.class.getName(), "--repo-root", dataDir.toString(), "--data-dir", dataDir.toString()),
                    Map.of(), dataDir.resolve("second-stack.log"));

            assertThat(second.onExit().get().exitValue()).isEqualTo(LocalStack.EXIT_ALREADY_RUNNING);
            assertThat(second.logTail()).contains("already running", "kill " + ProcessHandle.current().pid());
        }
        assertThat(dataDir.resolve("local-stack.pid")).doesNotExist();
    }

    @Test
    void stopsWhatAKilledStackLeftRunning() throws Exception {
        JavaProcess leftover = JavaProcess.start("leftover", List.of("-cp", System.getProperty("java.class.path"),
                Sleeper.class.getName()), Map.of(), dataDir.resolve("leftover.log"));
        long start = ProcessHandle.of(leftover.pid()).orElseThrow().info().startInstant().orElseThrow().toEpochMilli();
        Files.writeString(dataDir.resolve("local-stack.pid"), String.join("\n",
                "local-stack 999999999 0",
                "kafka " + leftover.pid() + " " + start,
                "policy-service " + ProcessHandle.current().pid() + " 0"));  // a pid in use by another process since

        List<String> messages = new ArrayList<>();
        try (PidFile claimed = PidFile.claim(dataDir.resolve("local-stack.pid"), messages::add)) {
            assertThat(leftover.isAlive()).isFalse();
            assertThat(messages).containsExactly("Stopping kafka (pid " + leftover.pid() + ") left running by a previous stack");
            assertThat(dataDir.resolve("local-stack.pid")).content()
                    .startsWith("local-stack " + ProcessHandle.current().pid() + " ");
        }
    }

    /** Stands for a process of a stack: runs until stopped (by the test, or when the test JVM exits). */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
