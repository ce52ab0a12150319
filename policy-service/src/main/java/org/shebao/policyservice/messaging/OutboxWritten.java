package org.shebao.policyservice.messaging;

/** Fired when a transaction wrote outbox rows; observed after commit to wake the relay at once. */
public record OutboxWritten() {
}
