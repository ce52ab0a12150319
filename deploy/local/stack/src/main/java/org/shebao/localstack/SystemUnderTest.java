package org.shebao.localstack;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The whole system on free ports for the test modules under {@code deploy/}: PostgreSQL, a Kafka broker, and both
 * services started from their packaged jars as separate processes, configured as production configures them
 * (environment variables).
 */
public final class SystemUnderTest implements AutoCloseable {

    public static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    public static final String EDITOR = "system-editor";
    public static final String APPROVER = "system-approver";

    public final Path repoRoot = repoRoot();
    public final Path workDir;
    public final PostgresServer postgres = PostgresServer.startEphemeral();
    public final KafkaBroker kafka;
    public final LocalJwt jwt;
    private final int[] ports = Ports.free(2);
    public final ApiClient policyApi = new ApiClient("http://127.0.0.1:" + ports[0]);
    public final ApiClient calcApi = new ApiClient("http://127.0.0.1:" + ports[1]);
    private final Map<String, String> policyEnvironment;
    public JavaProcess policy;
    public JavaProcess calc;

    /** Starts PostgreSQL and Kafka; {@code name} names the temporary directory of keys and logs. */
    public SystemUnderTest(String name) {
        this(name, false);
    }

    /**
     * As {@link #SystemUnderTest(String)}; with {@code localConsole}, policy-service runs as the local stack runs it
     * (console sign-in, calc-service's URL) instead of exactly as production configures it.
     */
    public SystemUnderTest(String name, boolean localConsole) {
        policyEnvironment = localConsole ? ServiceProcesses.localConsole(calcApi.baseUrl()) : Map.of();
        workDir = Directories.createTemp(name);
        kafka = KafkaBroker.ephemeral().withLogFile(workDir.resolve("kafka.log"));
        jwt = LocalJwt.forKeysIn(workDir.resolve("jwt"));
        kafka.start();
        postgres.createDatabaseIfMissing("policy");
    }

    public void startPolicyService() {
        policy = ServiceProcesses.startPolicyService(ServiceProcesses.jar(repoRoot, ServiceProcesses.POLICY_SERVICE),
                ports[0], postgres.jdbcUrl("policy"), kafka.bootstrapServers(), jwt, policyEnvironment,
                workDir.resolve("policy.log"));
        ServiceProcesses.awaitReady(policy, policyApi, READY_TIMEOUT);
    }

    /** Starts whatever a previous test stopped (the broker, either service) and waits until all are ready. */
    public void ensureRunning() {
        if (!kafka.isRunning()) {
            kafka.start();
        }
        if (policy == null || !policy.isAlive()) {
            startPolicyService();
        }
        if (calc == null || !calc.isAlive()) {
            startCalcService(true);
        }
        ServiceProcesses.awaitReady(policy, policyApi, READY_TIMEOUT);
        ServiceProcesses.awaitReady(calc, calcApi, READY_TIMEOUT);
    }

    /** Starts calc-service; with {@code awaitReady} false the caller checks readiness itself. */
    public void startCalcService(boolean awaitReady) {
        calc = ServiceProcesses.startCalcService(ServiceProcesses.jar(repoRoot, ServiceProcesses.CALC_SERVICE),
                ports[1], kafka.bootstrapServers(), workDir.resolve("calc-" + System.nanoTime() + ".log"));
        if (awaitReady) {
            ServiceProcesses.awaitReady(calc, calcApi, READY_TIMEOUT);
        }
    }

    /** Loads the regions and the policies of {@code deploy/data} through policy-service's API (four-eyes). */
    public void loadDataSet() {
        loadDataSet(directory -> true);
    }

    /** Loads the regions {@code regionCodes} accepts and their policies (see {@link PolicyDataLoader#load(Path, Predicate)}). */
    public void loadDataSet(Predicate<String> regionCodes) {
        new PolicyDataLoader(policyApi, jwt, System.out::println).load(repoRoot.resolve("deploy/data"), regionCodes);
    }

    public String editorToken() {
        return jwt.token(EDITOR, PolicyDataLoader.EDITOR_ROLE);
    }

    public String approverToken() {
        return jwt.token(APPROVER, PolicyDataLoader.APPROVER_ROLE);
    }

    public HttpResponse<String> calculate(String body) {
        return calcApi.send("POST", "/api/v1/contributions", ApiClient.read(body), null);
    }

    public HttpResponse<String> asEditor(String method, String path, JsonNode body) {
        return policyApi.send(method, path, body, editorToken());
    }

    public HttpResponse<String> asApprover(String method, String path, JsonNode body) {
        return policyApi.send(method, path, body, approverToken());
    }

    @Override
    public void close() {
        for (JavaProcess service : new JavaProcess[] { calc, policy }) {
            if (service != null) {
                service.close();
            }
        }
        kafka.close();
        postgres.close();
        Directories.deleteRecursively(workDir);
    }

    private static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/data")) && Files.isDirectory(dir.resolve("calc-service"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
}
