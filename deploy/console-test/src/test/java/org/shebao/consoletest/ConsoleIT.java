package org.shebao.consoletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.shebao.localstack.SystemUnderTest;

/**
 * Starts the whole system as the local stack runs it (console sign-in on, calc-service's URL given) with the data
 * set loaded, then runs each browser scenario ({@code browser/*.test.js}, in name order, sharing
 * {@code browser/harness.js}) in Node against it; scenarios use regions or years apart so that they do not meet. With
 * {@code -Dconsole.update-docs-screenshot=true} it also replaces the README's screenshot, docs/console.png.
 */
class ConsoleIT {

    private static final Path BROWSER_DIR = Path.of(System.getProperty("console.browser.dir", "browser"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots", "target/screenshots"));

    @Test
    void operatorScenariosPassInTheBrowser() throws Exception {
        String chromium = chromium();
        try (SystemUnderTest system = new SystemUnderTest("console-test", true)) {
            system.startPolicyService();
            // the scenarios work in 北京: the nation and 北京's regions and policies are enough
            system.loadDataSet(code -> code.equals("100000") || code.startsWith("11"));
            system.startCalcService(true);

            List<Path> scenarios;
            try (Stream<Path> files = Files.list(BROWSER_DIR)) {
                scenarios = files.filter(f -> f.getFileName().toString().endsWith(".test.js")).sorted().toList();
            }
            assertThat(scenarios).as("browser scenarios in " + BROWSER_DIR).isNotEmpty();
            for (Path scenario : scenarios) {
                runScenario(scenario.getFileName().toString(), system, chromium);
            }
        }
    }

    /** Runs one scenario file in Node and asserts that all its checks passed. */
    private static void runScenario(String scenario, SystemUnderTest system, String chromium) throws Exception {
        // Its output goes through System.out: a child writing to the fork's own stdout would corrupt
        // failsafe's channel.
        ProcessBuilder node = new ProcessBuilder("node", scenario).directory(BROWSER_DIR.toFile())
                .redirectErrorStream(true);
        node.environment().putAll(Map.of(
                "POLICY_URL", system.policyApi.baseUrl(),
                "CALC_URL", system.calcApi.baseUrl(),
                "CHROMIUM_PATH", chromium,
                "SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString()));
        if (Boolean.getBoolean("console.update-docs-screenshot")) {
            node.environment().put("DOCS_SCREENSHOT", system.repoRoot.resolve("docs/console.png").toString());
        }
        Process run = node.start();
        try (BufferedReader output = run.inputReader(StandardCharsets.UTF_8)) {
            output.lines().forEach(System.out::println);
        }
        assertThat(run.waitFor(1, TimeUnit.MINUTES)).as(scenario + " ends").isTrue();
        assertThat(run.exitValue()).as(scenario + " exit code; see its PASS/FAIL lines above").isZero();
    }

    /** Debian's chromium, which .ci/run installs (apt-get install chromium fonts-wqy-microhei). */
    private static String chromium() {
        for (String candidate : new String[] { System.getenv("CHROMIUM_PATH"), "/usr/lib/chromium/chromium",
                "/usr/bin/chromium" }) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no chromium: install it with apt-get install -y chromium fonts-wqy-microhei"
                + " (.ci/run does), or set CHROMIUM_PATH");
    }
}
