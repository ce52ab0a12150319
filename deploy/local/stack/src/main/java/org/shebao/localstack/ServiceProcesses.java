package org.shebao.localstack;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the two services from their packaged jars as child JVMs, configured only through the standard environment
 * variables a production deployment uses, and waits for them to be ready.
 */
public final class ServiceProcesses {

    public static final String POLICY_SERVICE = "policy-service";
    public static final String CALC_SERVICE = "calc-service";

    private ServiceProcesses() {
    }

    /** {@code <service>/target/quarkus-app/quarkus-run.jar} under the repository root; it must have been built. */
    public static Path jar(Path repoRoot, String service) {
        Path jar = repoRoot.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -DskipTests package)");
        }
        return jar;
    }

    public static JavaProcess startPolicyService(Path jar, int port, String jdbcUrl, String bootstrapServers,
            LocalJwt jwt, Path logFile) {
        return startPolicyService(jar, port, jdbcUrl, bootstrapServers, jwt, Map.of(), logFile);
    }

    /** As above, with more environment variables, e.g. {@link #localConsole(String)}. */
    public static JavaProcess startPolicyService(Path jar, int port, String jdbcUrl, String bootstrapServers,
            LocalJwt jwt, Map<String, String> more, Path logFile) {
        Map<String, String> env = new LinkedHashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwt.publicKey().toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", LocalJwt.ISSUER));
        env.putAll(more);
        return start(POLICY_SERVICE, jar, port, env, logFile);
    }

    /**
     * The operator console as the local stack runs it: the production configuration plus the {@code local} profile,
     * whose simple sign-in is for the local stack only, and calc-service's URL for the console's previews.
     */
    public static Map<String, String> localConsole(String calcServiceUrl) {
        return Map.of("QUARKUS_PROFILE", "prod,local", "POLICY_CONSOLE_CALC_SERVICE_URL", calcServiceUrl);
    }

    public static JavaProcess startCalcService(Path jar, int port, String bootstrapServers, Path logFile) {
        return start(CALC_SERVICE, jar, port, Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers), logFile);
    }

    private static JavaProcess start(String name, Path jar, int port, Map<String, String> environment, Path logFile) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return JavaProcess.start(name, List.of("-jar", jar.toString()), env, logFile);
    }

    /** Waits until {@code /q/health/ready} answers 200; fails at once if the process exits. */
    public static void awaitReady(JavaProcess service, ApiClient api, Duration timeout) {
        Await.until(() -> !service.isAlive() || isReady(api), timeout,
                () -> service.name() + " is not ready at " + api.baseUrl() + "/q/health/ready; see " + service.logFile());
        failIfExited(service);
    }

    public static boolean isReady(ApiClient api) {
        try {
            return api.get("/q/health/ready").statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    public static void failIfExited(JavaProcess service) {
        if (!service.isAlive()) {
            throw new IllegalStateException(service.name() + " exited with code " + service.onExit().join().exitValue()
                    + "; end of " + service.logFile() + ":\n" + service.logTail());
        }
    }
}
