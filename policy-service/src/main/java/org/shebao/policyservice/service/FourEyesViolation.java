package org.shebao.policyservice.service;

/** A rule about people (四眼原则): nobody approves their own work, and a draft is its author's alone. */
public final class FourEyesViolation extends DomainException {

    public FourEyesViolation(String message) {
        super(message);
    }
}
