package org.shebao.policyservice.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.shebao.policyservice.model.AuditEntryEntity;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntryEntity> {

    /** Newest first; filters are optional. */
    public PanacheQuery<AuditEntryEntity> search(String entityType, String entityId, String actor, int page, int size) {
        QueryFilter filter = new QueryFilter()
                .when(entityType, "entityType = :type", "type")
                .when(entityId, "entityId = :id", "id")
                .when(actor, "actor = :actor", "actor");
        return find(filter.where(), Sort.descending("id"), filter.parameters()).page(Page.of(page, size));
    }
}
