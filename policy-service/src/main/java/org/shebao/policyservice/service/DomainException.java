package org.shebao.policyservice.service;

/**
 * A request the domain refuses. Services throw these; the REST layer alone decides how each is answered. They carry no
 * stack trace: they are outcomes, not faults.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, WorkflowConflict, FourEyesViolation, StaleVersion, IfMatchRequired, InvalidInput {

    protected DomainException(String message) {
        super(message, null, false, false);
    }
}
