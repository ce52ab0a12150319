package org.shebao.systemtest;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import org.shebao.localstack.ApiClient;
import org.shebao.localstack.Directories;
import org.shebao.localstack.JavaProcess;
import org.shebao.localstack.KafkaBroker;
import org.shebao.localstack.LocalJwt;
import org.shebao.localstack.Ports;
import org.shebao.localstack.PostgresServer;
import org.shebao.localstack.ServiceProcesses;

/**
 * The whole system on free ports: PostgreSQL, a Kafka broker, and both services started from their packaged jars as
 * separate processes, configured as production configures them (environment variables).
 */
final class SystemUnderTest implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    final Path repoRoot = repoRoot();
    final Path workDir = Directories.createTemp("system-test");
    final PostgresServer postgres = PostgresServer.startEphemeral();
    final KafkaBroker kafka = KafkaBroker.ephemeral().withLogFile(workDir.resolve("kafka.log"));
    final LocalJwt jwt = LocalJwt.forKeysIn(workDir.resolve("jwt"));
    private final int[] ports = Ports.free(2);
    final ApiClient policyApi = new ApiClient("http://127.0.0.1:" + ports[0]);
    final ApiClient calcApi = new ApiClient("http://127.0.0.1:" + ports[1]);
    JavaProcess policy;
    JavaProcess calc;

    SystemUnderTest() {
        kafka.start();
        postgres.createDatabaseIfMissing("policy");
    }

    void startPolicyService() {
        policy = ServiceProcesses.startPolicyService(ServiceProcesses.jar(repoRoot, ServiceProcesses.POLICY_SERVICE),
                ports[0], postgres.jdbcUrl("policy"), kafka.bootstrapServers(), jwt, workDir.resolve("policy.log"));
        ServiceProcesses.awaitReady(policy, policyApi, READY_TIMEOUT);
    }

    /** Starts whatever a previous test stopped (the broker, either service) and waits until all are ready. */
    void ensureRunning() {
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
    void startCalcService(boolean awaitReady) {
        calc = ServiceProcesses.startCalcService(ServiceProcesses.jar(repoRoot, ServiceProcesses.CALC_SERVICE),
                ports[1], kafka.bootstrapServers(), workDir.resolve("calc-" + System.nanoTime() + ".log"));
        if (awaitReady) {
            ServiceProcesses.awaitReady(calc, calcApi, READY_TIMEOUT);
        }
    }

    HttpResponse<String> calculate(String body) {
        return calcApi.send("POST", "/api/v1/contributions", ApiClient.read(body), null);
    }

    HttpResponse<String> asEditor(String method, String path, JsonNode body) {
        return policyApi.send(method, path, body, jwt.token("system-editor", "policy-editor"));
    }

    HttpResponse<String> asApprover(String method, String path, JsonNode body) {
        return policyApi.send(method, path, body, jwt.token("system-approver", "policy-approver"));
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
