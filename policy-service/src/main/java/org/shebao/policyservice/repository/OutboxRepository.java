package org.shebao.policyservice.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.shebao.policyservice.model.OutboxEventEntity;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEventEntity> {

    /** The oldest unsent events, in the order they were written. */
    public List<OutboxEventEntity> oldestUnsent(int limit) {
        return find("sentAt is null", Sort.by("id")).page(Page.ofSize(limit)).list();
    }

    public void markSent(List<Long> ids, Instant sentAt) {
        if (!ids.isEmpty()) {
            update("sentAt = ?1 where id in ?2", sentAt, ids);
        }
    }

    public long backlog() {
        return count("sentAt is null");
    }

    public Instant oldestUnsentCreatedAt() {
        return find("sentAt is null", Sort.by("id")).firstResultOptional().map(e -> e.createdAt).orElse(null);
    }
}
