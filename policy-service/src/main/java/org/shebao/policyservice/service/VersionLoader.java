package org.shebao.policyservice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.policyservice.model.PolicyVersionEntity;
import org.shebao.policyservice.model.VersionStatus;
import org.shebao.policyservice.repository.PolicyVersionRepository;

/** Loads versions for a workflow step and enforces the checks every step shares. */
@ApplicationScoped
public class VersionLoader {

    @Inject
    PolicyVersionRepository versions;

    public PolicyVersionEntity load(long id) {
        PolicyVersionEntity entity = versions.findById(id);
        if (entity == null) {
            throw new NotFound("no policy version " + id);
        }
        return entity;
    }

    /** Loads a version in the given status that is not part of a change set (those move with their set). */
    public PolicyVersionEntity loadStandalone(long id, VersionStatus expected) {
        PolicyVersionEntity entity = load(id);
        if (entity.changeSetId != null) {
            throw new WorkflowConflict("version " + id + " belongs to change set " + entity.changeSetId
                    + "; act on the change set");
        }
        requireStatus(entity, expected);
        return entity;
    }

    public static void requireStatus(PolicyVersionEntity entity, VersionStatus expected) {
        if (entity.status != expected) {
            throw new WorkflowConflict("version " + entity.id + " is " + entity.status + ", not " + expected);
        }
    }

    /** Optimistic concurrency: the caller must show the entity tag of the state it saw. */
    public static void requireMatch(PolicyVersionEntity entity, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new IfMatchRequired("send If-Match with the ETag of the version as you last read it");
        }
        if (!ifMatch.strip().equals(etag(entity))) {
            throw new StaleVersion("version " + entity.id + " changed since you read it (ETag now "
                    + etag(entity) + ")");
        }
    }

    /** Like {@link #requireMatch} when the header was sent; absent, the step goes ahead. */
    public static void requireMatchIfPresent(PolicyVersionEntity entity, String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            requireMatch(entity, ifMatch);
        }
    }

    public static String etag(PolicyVersionEntity entity) {
        return "\"" + entity.rowVersion + "\"";
    }

    /** Four-eyes: whoever wrote or requested something may not also approve it. */
    public static void requireSecondPerson(String firstPerson, String actor, String what) {
        if (firstPerson.equals(actor)) {
            throw new FourEyesViolation("four-eyes: " + actor + " may not approve " + what + " of their own");
        }
    }
}
