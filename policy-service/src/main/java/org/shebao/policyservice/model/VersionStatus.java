package org.shebao.policyservice.model;

/** Life of a policy version: DRAFT → SUBMITTED → PUBLISHED (immutable) → WITHDRAWN, or REJECTED. */
public enum VersionStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    REJECTED,
    /** A scheduled version taken back, with four-eyes, before its period began. */
    WITHDRAWN
}
