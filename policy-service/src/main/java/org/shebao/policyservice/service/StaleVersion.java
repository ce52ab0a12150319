package org.shebao.policyservice.service;

/** Optimistic concurrency: the version changed since the caller read it. */
public final class StaleVersion extends DomainException {

    public StaleVersion(String message) {
        super(message);
    }
}
