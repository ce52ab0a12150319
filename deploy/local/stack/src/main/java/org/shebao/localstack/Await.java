package org.shebao.localstack;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition until it holds, with a deadline. */
final class Await {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private Await() {
    }

    /**
     * Waits until {@code condition} is true.
     *
     * @param failure the message of the exception thrown at the deadline, built only then
     */
    static void until(BooleanSupplier condition, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure.get() + " (waited " + timeout.toSeconds() + " s)");
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting: " + failure.get(), e);
            }
        }
    }
}
