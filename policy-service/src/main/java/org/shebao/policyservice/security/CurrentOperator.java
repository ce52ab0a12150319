package org.shebao.policyservice.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is acting. The identity comes only from the verified token's subject, never from a request body, so four-eyes
 * checks cannot be talked around.
 */
@RequestScoped
public class CurrentOperator {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean isOperator() {
        return !identity.isAnonymous() && (identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.APPROVER));
    }
}
