package org.shebao.policyservice.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A console session found by {@link ConsoleSessionMechanism}, to be turned into an identity. */
public class ConsoleSessionRequest extends BaseAuthenticationRequest {

    private final LocalSessions.Session session;

    public ConsoleSessionRequest(LocalSessions.Session session) {
        this.session = session;
    }

    public LocalSessions.Session session() {
        return session;
    }
}
