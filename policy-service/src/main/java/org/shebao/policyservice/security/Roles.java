package org.shebao.policyservice.security;

/** Roles carried in the token's {@code groups} claim. */
public final class Roles {

    /** Creates and edits drafts, submits them, imports change sets, requests withdrawals. */
    public static final String EDITOR = "policy-editor";
    /** Approves (publishes) or rejects submitted work and confirms withdrawals; never their own. */
    public static final String APPROVER = "policy-approver";

    private Roles() {
    }
}
