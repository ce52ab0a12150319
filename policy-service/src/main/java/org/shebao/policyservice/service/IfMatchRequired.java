package org.shebao.policyservice.service;

/** An edit that must name the state it was based on did not. */
public final class IfMatchRequired extends DomainException {

    public IfMatchRequired(String message) {
        super(message);
    }
}
