package org.shebao.calcservice.api;

/** The answer of {@code GET /api/v1/ping}, the trivial endpoint calculation throughput is measured against. */
public record Pong(String status) {

    public static final Pong OK = new Pong("ok");
}
