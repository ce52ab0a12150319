package org.shebao.contracttest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The TypeScript client (types by openapi-typescript from the pinned documents, calls by openapi-fetch, compiled by
 * tsc in pre-integration-test) calls every operation of both services under Node: {@code typescript/src}.
 */
@ExtendWith(ContractSystem.class)
class TypeScriptClientIT {

    /** The checks of typescript/src: 17 covering the 15 calc-service operations, 5 the 26 policy-service ones. */
    private static final int CHECKS = 22;
    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

    @Test
    void everyOperationRoundTripsThroughTheTypeScriptClient(ContractSystem system)
            throws IOException, InterruptedException {
        Path directory = Path.of(System.getProperty("typescript.dir", "typescript"));
        ProcessBuilder node = new ProcessBuilder("node", "dist/src/main.js").directory(directory.toFile())
                .redirectErrorStream(true);
        node.environment().put("CALC_URL", system.calcApi().baseUrl());
        node.environment().put("POLICY_URL", system.policyApi().baseUrl());
        node.environment().put("EDITOR_TOKEN", system.editorToken());
        node.environment().put("APPROVER_TOKEN", system.approverToken());
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);

        Matcher summary = SUMMARY.matcher(output);
        assertThat(summary.find()).as("no summary line in:\n" + output).isTrue();
        assertThat(summary.group(2)).as(output).isEqualTo("0");
        assertThat(Integer.parseInt(summary.group(1))).as(output).isEqualTo(CHECKS);
        assertThat(process.exitValue()).as(output).isZero();
    }
}
