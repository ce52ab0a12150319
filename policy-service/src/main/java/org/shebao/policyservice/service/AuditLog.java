package org.shebao.policyservice.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.policyservice.mapping.JsonCodec;
import org.shebao.policyservice.model.AuditEntryEntity;
import org.shebao.policyservice.repository.AuditRepository;

/** Writes an audit entry in the caller's transaction, so a change and its record commit or fail together. */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditRepository entries;

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    public void record(String actor, String action, String entityType, Object entityId, Object before, Object after,
            String detail) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.occurredAt = clock.instant();
        entry.actor = actor;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = String.valueOf(entityId);
        entry.before = json.write(before);
        entry.after = json.write(after);
        entry.detail = detail;
        entries.persist(entry);
    }
}
