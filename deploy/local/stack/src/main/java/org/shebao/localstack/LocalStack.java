package org.shebao.localstack;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * The local stack that {@code deploy/local/run.sh} runs: PostgreSQL and Kafka with their data in
 * the data directory, policy-service and calc-service from their packaged jars, the policy data set
 * loaded through policy-service's API; then it waits. SIGTERM or SIGINT stops the services, then
 * Kafka, then PostgreSQL; if any of them stops by itself, the stack stops and exits with 1.
 */
public final class LocalStack {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_ALREADY_RUNNING = 3;

    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CALC_CAUGHT_UP_TIMEOUT = Duration.ofSeconds(60);
    /** A calculation that works once calc-service has the data set from Kafka. */
    private static final String CONTRIBUTION_PROBE =
            "{\"regionCode\":\"110000\",\"participantType\":\"EMPLOYEE\",\"month\":\"2025-07\",\"wage\":10000}";

    private final StackOptions options;
    private final Path logs;
    private final Map<String, Long> watched = new LinkedHashMap<>();
    private PidFile pidFile;
    private volatile boolean stopping;

    private LocalStack(StackOptions options) {
        this.options = options;
        this.logs = options.dataDir().resolve("logs");
    }

    public static void main(String[] args) {
        StackOptions options;
        try {
            options = StackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + StackOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        if (options.help()) {
            System.out.println(StackOptions.USAGE);
            return;
        }
        try {
            new LocalStack(options).run();
        } catch (PidFile.HeldByAnotherStack e) {
            System.err.println(e.getMessage());
            System.exit(EXIT_ALREADY_RUNNING);
        } catch (RuntimeException e) {
            System.err.println("FAILED: " + e.getMessage() + (e.getCause() == null ? "" : "\n  caused by " + e.getCause()));
            System.exit(EXIT_FAILED);
        }
    }

    private void run() {
        Path dataDir = options.dataDir();
        takeDataDirectory(dataDir);
        Path policyJar = ServiceProcesses.jar(options.repoRoot(), ServiceProcesses.POLICY_SERVICE);
        Path calcJar = ServiceProcesses.jar(options.repoRoot(), ServiceProcesses.CALC_SERVICE);
        LocalJwt jwt = LocalJwt.forKeysIn(dataDir.resolve("jwt"));

        long started = System.nanoTime();
        PostgresServer postgres = PostgresServer.startPersistent(dataDir.resolve("postgres"), options.pgPort(),
                logs.resolve("postgres.log"));
        postgres.createDatabaseIfMissing("policy");
        watch("postgres", postgres.pid());
        say("PostgreSQL on port %d, database policy (%s)", postgres.port(), since(started));

        started = System.nanoTime();
        KafkaBroker kafka = KafkaBroker.persistent(dataDir.resolve("kafka"), options.kafkaPort(), options.kafkaControllerPort())
                .withLogFile(logs.resolve("kafka.log"));
        kafka.start();
        watch("kafka", kafka.pid());
        say("Kafka at %s (%s)", kafka.bootstrapServers(), since(started));

        started = System.nanoTime();
        JavaProcess policy = ServiceProcesses.startPolicyService(policyJar, options.policyPort(),
                postgres.jdbcUrl("policy"), kafka.bootstrapServers(), jwt,
                ServiceProcesses.localConsole("http://127.0.0.1:" + options.calcPort()), logs.resolve("policy-service.log"));
        watch(policy.name(), policy.pid());
        JavaProcess calc = ServiceProcesses.startCalcService(calcJar, options.calcPort(), kafka.bootstrapServers(),
                logs.resolve("calc-service.log"));
        watch(calc.name(), calc.pid());
        ApiClient policyApi = new ApiClient("http://127.0.0.1:" + options.policyPort());
        ApiClient calcApi = new ApiClient("http://127.0.0.1:" + options.calcPort());
        ServiceProcesses.awaitReady(policy, policyApi, SERVICE_READY_TIMEOUT);
        ServiceProcesses.awaitReady(calc, calcApi, SERVICE_READY_TIMEOUT);
        say("Services ready (%s)", since(started));

        started = System.nanoTime();
        new PolicyDataLoader(policyApi, jwt, System.out::println).load(options.repoRoot().resolve("deploy/data"));
        awaitCalculations(calc, calcApi);
        say("Policy data loaded and calc-service caught up (%s)", since(started));

        printReady(policyApi.baseUrl(), calcApi.baseUrl());
        waitForAnExit();
    }

    /** Claims the data directory for this stack, resets it if asked, and starts logging into it. */
    private void takeDataDirectory(Path dataDir) {
        createDirectories(dataDir);
        Path pidPath = dataDir.resolve("local-stack.pid");
        pidFile = PidFile.claim(pidPath, System.out::println);
        // Run last when the JVM exits, after everything started later has stopped.
        ShutdownHooks.register(pidFile);
        ShutdownHooks.register(() -> System.out.println("Local stack stopped"));
        if (options.reset()) {
            System.out.println("Deleting everything in " + dataDir);
            listDirectory(dataDir).filter(path -> !path.equals(pidPath)).forEach(Directories::deleteRecursively);
        }
        createDirectories(logs);
        copyOutputTo(logs.resolve("local-stack.log"));
        ConsoleLogging.configure(Map.of("org.apache.kafka", Level.WARNING));
    }

    private static void awaitCalculations(JavaProcess calc, ApiClient calcApi) {
        AtomicReference<String> last = new AtomicReference<>("no answer");
        Await.until(() -> {
            ServiceProcesses.failIfExited(calc);
            try {
                HttpResponse<String> answer = calcApi.send("POST", "/api/v1/contributions", ApiClient.read(CONTRIBUTION_PROBE), null);
                last.set(answer.statusCode() + " " + answer.body());
                return answer.statusCode() == 200;
            } catch (UncheckedIOException e) {
                last.set(e.getMessage());
                return false;
            }
        }, CALC_CAUGHT_UP_TIMEOUT, () -> "calc-service does not calculate " + CONTRIBUTION_PROBE + "; last answer: " + last.get());
    }

    private void printReady(String policyUrl, String calcUrl) {
        System.out.println(String.join("\n",
                "READY policy-service " + policyUrl + " calc-service " + calcUrl,
                "  policy API        " + policyUrl + "/api/v1",
                "  policy Swagger UI " + policyUrl + "/q/swagger-ui",
                "  operator console  " + policyUrl + "/console   (local sign-in: any name, roles "
                        + PolicyDataLoader.EDITOR_ROLE + " / " + PolicyDataLoader.APPROVER_ROLE + ")",
                "  calc API          " + calcUrl + "/api/v1",
                "  calc Swagger UI   " + calcUrl + "/q/swagger-ui",
                "  health            " + policyUrl + "/q/health/ready  " + calcUrl + "/q/health/ready",
                "  metrics           " + policyUrl + "/q/metrics  " + calcUrl + "/q/metrics",
                "  token             deploy/local/token.sh local-editor " + PolicyDataLoader.EDITOR_ROLE
                        + "   (then: Authorization: Bearer <token>)",
                "  logs              " + logs,
                "  stop              kill " + ProcessHandle.current().pid() + "  (or Ctrl-C)"));
    }

    /** Blocks until a process of the stack exits; unless the stack is stopping, that is a failure. */
    private void waitForAnExit() {
        // Registered last, so it runs first when the stack is told to stop.
        ShutdownHooks.register(() -> stopping = true);
        CompletableFuture<?>[] exits = watched.entrySet().stream()
                .map(entry -> ProcessHandle.of(entry.getValue())
                        .map(handle -> handle.onExit().thenApply(exited -> entry.getKey()))
                        .orElse(CompletableFuture.completedFuture(entry.getKey())))
                .toArray(CompletableFuture[]::new);
        Object exited = CompletableFuture.anyOf(exits).join();
        if (!stopping) {
            System.err.println("FAILED: " + exited + " stopped by itself; see " + logs.resolve(exited + ".log")
                    + ". Stopping the stack.");
            System.exit(EXIT_FAILED);
        }
    }

    private void watch(String name, long pid) {
        watched.put(name, pid);
        pidFile.add(name, pid);
    }

    /** Everything printed from now on also goes to the stack's own log file. */
    private static void copyOutputTo(Path logFile) {
        try {
            FileOutputStream file = new FileOutputStream(logFile.toFile(), true);
            System.setOut(new PrintStream(new TeeOutputStream(System.out, file), true));
            System.setErr(new PrintStream(new TeeOutputStream(System.err, file), true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void say(String format, Object... arguments) {
        System.out.println(String.format(format, arguments));
    }

    private static String since(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> listDirectory(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
