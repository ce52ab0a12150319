package org.shebao.localstack;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One JVM shutdown hook that stops what is still running in the reverse order it was started.
 * Separate JVM hooks run concurrently in no set order; this keeps "services, then Kafka, then
 * PostgreSQL". A SIGKILL of this JVM runs no hook at all: its child processes are then orphaned.
 */
final class ShutdownHooks {

    private static final Deque<AutoCloseable> RUNNING = new ArrayDeque<>();
    private static boolean installed;

    private ShutdownHooks() {
    }

    static synchronized void register(AutoCloseable resource) {
        if (!installed) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownHooks::closeAll, "local-stack-shutdown"));
            installed = true;
        }
        RUNNING.push(resource);
    }

    static synchronized void unregister(AutoCloseable resource) {
        RUNNING.remove(resource);
    }

    private static void closeAll() {
        AutoCloseable next;
        while ((next = pop()) != null) {
            try {
                next.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + next + ": " + e);
            }
        }
    }

    private static synchronized AutoCloseable pop() {
        return RUNNING.poll();
    }
}
