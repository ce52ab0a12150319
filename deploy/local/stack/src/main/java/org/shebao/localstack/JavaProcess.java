package org.shebao.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM (the {@code java} of this JVM) whose output goes to a log file. It is stopped when this
 * JVM exits normally or on SIGTERM/SIGINT; a SIGKILL of this JVM leaves it running.
 */
public final class JavaProcess implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final int LOG_TAIL_BYTES = 8192;

    private final String name;
    private final Process process;
    private final Path logFile;

    private JavaProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code java <javaArguments>} with {@code environment} added to this JVM's environment,
     * appending its standard output and error to {@code logFile}.
     */
    public static JavaProcess start(String name, List<String> javaArguments, Map<String, String> environment,
            Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            JavaProcess started = new JavaProcess(name, process, logFile);
            ShutdownHooks.register(started);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public Path logFile() {
        return logFile;
    }

    /** SIGTERM, then SIGKILL if it has not exited after 30 s. */
    public void stop() {
        process.destroy();
        if (!waitForExit(STOP_GRACE)) {
            kill();
        }
        ShutdownHooks.unregister(this);
    }

    /** SIGKILL: no shutdown hook of the child runs. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(STOP_GRACE);
        ShutdownHooks.unregister(this);
    }

    @Override
    public void close() {
        stop();
    }

    /** The last lines of the log file, for error messages. */
    public String logTail() {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, file.length() - LOG_TAIL_BYTES);
            byte[] tail = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
