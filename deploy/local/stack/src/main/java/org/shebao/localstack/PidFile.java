package org.shebao.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The pid file of a running stack: locked while the stack runs, and listing the stack's process
 * and each child it started ({@code <name> <pid> <start time in ms>}), so that the next start can
 * stop what a killed stack left behind. The lock, not the file's presence, says whether a stack
 * is running: the system releases it however the stack ends.
 */
final class PidFile implements AutoCloseable {

    /** Another stack holds the pid file. */
    static final class HeldByAnotherStack extends RuntimeException {
        HeldByAnotherStack(String message) {
            super(message);
        }
    }

    private static final Duration LEFTOVER_STOP_GRACE = Duration.ofSeconds(30);

    private final Path file;
    private final FileChannel channel;
    private final List<String> entries = new ArrayList<>();

    private PidFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /**
     * Takes the pid file for this JVM after stopping the processes that a previous, abruptly ended
     * stack left running.
     *
     * @throws HeldByAnotherStack if a stack from the same data directory is running
     */
    static PidFile claim(Path file, Consumer<String> out) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                // Another process holds the lock, so closing this descriptor releases nothing.
                String pid = Files.readAllLines(file).stream().findFirst().map(line -> line.split(" "))
                        .filter(fields -> fields.length > 1).map(fields -> fields[1]).orElse("<pid>");
                throw new HeldByAnotherStack("A local stack is already running from " + file.getParent()
                        + ": stop it first (kill " + pid + "), or use another data directory.");
            }
            stopLeftovers(read(channel), out);
            PidFile pidFile = new PidFile(file, channel);
            pidFile.add("local-stack", ProcessHandle.current().pid());
            return pidFile;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not use " + file, e);
        }
    }

    /** Records a process this stack started. */
    void add(String name, long pid) {
        entries.add(name + " " + pid + " " + startMillis(ProcessHandle.of(pid)).orElse(0L));
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((String.join("\n", entries) + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Deletes the file and releases the lock, once everything it lists has stopped. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
        channel.close();
    }

    /**
     * Through the locked channel: closing any other descriptor of the file would release the lock
     * (POSIX record locks belong to the process, not to the descriptor).
     */
    private static List<String> read(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate((int) channel.size());
        int read = 0;
        while (content.hasRemaining() && read >= 0) {
            read = channel.read(content, content.position());
        }
        return new String(content.array(), 0, content.position(), StandardCharsets.UTF_8).lines().toList();
    }

    /** Latest first, so services stop before the servers they use; a pid reused since is left alone. */
    private static void stopLeftovers(List<String> lines, Consumer<String> out) {
        for (int i = lines.size() - 1; i >= 1; i--) {
            String[] entry = lines.get(i).split(" ");
            if (entry.length != 3) {
                continue;
            }
            long startMillis = Long.parseLong(entry[2]);
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(entry[1]))
                    .filter(handle -> startMillis(Optional.of(handle)).orElse(-1L) == startMillis);
            process.ifPresent(handle -> {
                out.accept("Stopping " + entry[0] + " (pid " + handle.pid() + ") left running by a previous stack");
                handle.destroy();
                try {
                    handle.onExit().get(LEFTOVER_STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    handle.destroyForcibly();
                }
            });
        }
    }

    private static Optional<Long> startMillis(Optional<ProcessHandle> process) {
        return process.flatMap(handle -> handle.info().startInstant()).map(Instant::toEpochMilli);
    }
}
