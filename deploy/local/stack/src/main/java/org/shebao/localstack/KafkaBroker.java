package org.shebao.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in a child JVM
 * from this JVM's classpath. It can be stopped, killed and started again at the same ports and
 * with the same data, which is what fault tests need. Topics are never created implicitly.
 * The broker stops with this JVM, except when this JVM is killed with SIGKILL.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    /**
     * A bounded heap, C1 only and the serial collector: a local single-node broker needs a quick start
     * on a small machine more than peak throughput (started in 2.0 s instead of 2.7 s on an idle
     * 2-core machine, and the gap widens while other JVMs compete for the cores).
     */
    private static final List<String> JVM_OPTIONS =
            List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final boolean temporary;
    private Path logFile;
    private JavaProcess process;

    private KafkaBroker(Path dir, int port, int controllerPort, boolean temporary) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.temporary = temporary;
        this.logFile = this.dir.resolve("broker.log");
    }

    /** A broker in a new temporary directory, on free ports chosen now; {@link #close()} deletes it. */
    public static KafkaBroker ephemeral() {
        int[] ports = Ports.free(2);
        return new KafkaBroker(Directories.createTemp("kafka-broker"), ports[0], ports[1], true);
    }

    /** A broker whose data stays in {@code dir} across starts. */
    public static KafkaBroker persistent(Path dir, int port, int controllerPort) {
        return new KafkaBroker(dir, port, controllerPort, false);
    }

    /** Where the broker writes its log; by default {@code broker.log} in its directory. */
    public KafkaBroker withLogFile(Path logFile) {
        this.logFile = logFile.toAbsolutePath();
        return this;
    }

    /**
     * Starts the broker, formatting its storage on first use, and returns once it answers
     * {@code describeCluster}. Also restarts a stopped or killed broker at the same address.
     */
    public synchronized void start() {
        if (isRunning()) {
            throw new IllegalStateException("Kafka broker already running at " + bootstrapServers());
        }
        Ports.requireFree("the Kafka broker at " + bootstrapServers(), port, controllerPort);
        List<String> arguments = new ArrayList<>(JVM_OPTIONS);
        arguments.addAll(List.of(
                // JUL through jboss-logmanager too, so that everything reaches the handler KafkaServerMain sets.
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-cp", System.getProperty("java.class.path"),
                KafkaServerMain.class.getName(),
                writeConfiguration().toString()));
        if (!Files.exists(dataDir().resolve("meta.properties"))) {
            arguments.add(Uuid.randomUuid().toString());
        }
        process = JavaProcess.start("kafka", arguments, Map.of(), logFile);
        try {
            awaitReady();
        } catch (RuntimeException e) {
            process.kill();
            throw e;
        }
    }

    /** Graceful shutdown (SIGTERM), forced after 30 s. */
    public synchronized void stop() {
        if (process != null) {
            process.stop();
        }
    }

    /** SIGKILL, as in a crash: the broker gets no chance to flush or close anything. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Creates a topic with replication factor 1 unless it exists already (then nothing changes). */
    public void createTopic(String name, int partitions, Map<String, String> configs) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs)))
                    .all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create topic " + name, e.getCause());
            }
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("Could not create topic " + name, e);
        }
    }

    /** A new admin client for this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis()));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path directory() {
        return dir;
    }

    public Path logFile() {
        return logFile;
    }

    /** The broker's process id, or -1 when it is not running. */
    public synchronized long pid() {
        return isRunning() ? process.pid() : -1;
    }

    /** Stops the broker; an ephemeral broker's directory is deleted too. */
    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(dir);
        }
    }

    @Override
    public String toString() {
        return "Kafka broker at " + bootstrapServers();
    }

    private Path dataDir() {
        return dir.resolve("data");
    }

    private Path writeConfiguration() {
        String listener = "127.0.0.1:" + port;
        String controller = "127.0.0.1:" + controllerPort;
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + controller,
                "listeners=PLAINTEXT://" + listener + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + listener,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dataDir(),
                "num.partitions=1",
                // Topics are created on purpose, with their cleanup policy, never by a stray producer.
                "auto.create.topics.enable=false",
                // One broker: every internal topic has one replica, and small ones start faster.
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // After a kill, the restarted broker waits for its previous session to expire (9 s by default).
                "broker.session.timeout.ms=4000",
                "broker.heartbeat.interval.ms=1000",
                "");
        try {
            Files.createDirectories(dataDir());
            return Files.writeString(dir.resolve("server.properties"), properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the broker configuration in " + dir, e);
        }
    }

    private void awaitReady() {
        // The port first: an admin client asked too early logs a warning for every refused connection.
        Await.until(() -> !process.isAlive() || isListening(), START_TIMEOUT,
                () -> "Kafka broker did not listen on " + bootstrapServers());
        try (Admin admin = admin()) {
            Await.until(() -> !process.isAlive() || describesCluster(admin), START_TIMEOUT,
                    () -> "Kafka broker at " + bootstrapServers() + " is not ready; see " + logFile);
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("Kafka broker exited with code " + process.onExit().join().exitValue()
                    + "; end of " + logFile + ":\n" + process.logTail());
        }
    }

    private static boolean describesCluster(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean isListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
