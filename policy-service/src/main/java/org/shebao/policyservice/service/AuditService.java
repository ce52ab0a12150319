package org.shebao.policyservice.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.shebao.policyservice.mapping.JsonCodec;
import org.shebao.policyservice.model.AuditEntryEntity;
import org.shebao.policyservice.model.AuditedState;
import org.shebao.policyservice.repository.AuditRepository;

/**
 * The audit log (审计日志): who changed what, when, with the state before and after. Entries are written in the
 * caller's transaction, so a change and its record commit or fail together.
 */
@ApplicationScoped
public class AuditService {

    /** One stored entry, its states read back in the audit log's own format. */
    public record Entry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
            AuditedState before, AuditedState after, String detail) {
    }

    @Inject
    AuditRepository entries;

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    public void record(String actor, String action, String entityType, Object entityId, AuditedState before,
            AuditedState after, String detail) {
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

    /** Newest first; every filter is optional. */
    public Page<Entry> search(String entityType, String entityId, String actor, String regionCode, int page,
            int size) {
        PanacheQuery<AuditEntryEntity> query = entries.search(entityType, entityId, actor, regionCode, page, size);
        return new Page<>(query.list().stream().map(this::entry).toList(), query.count());
    }

    private Entry entry(AuditEntryEntity e) {
        return new Entry(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId,
                json.read(e.before, AuditedState.class), json.read(e.after, AuditedState.class), e.detail);
    }
}
