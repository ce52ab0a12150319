package org.shebao.policyservice.service;

/** The step does not fit the current state: a version in the wrong status, a withdrawal not yet requested, … */
public final class WorkflowConflict extends DomainException {

    public WorkflowConflict(String message) {
        super(message);
    }
}
