package org.shebao.policyservice.model;

/** A change set moves as one: every version in it is submitted, published or rejected together. */
public enum ChangeSetStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    REJECTED
}
