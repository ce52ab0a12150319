package org.shebao.policyservice.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.shebao.policyservice.model.AuditEntryEntity;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntryEntity> {

    /**
     * Entries about one region: the region itself, its policy versions, and the change sets that drafted one of them.
     * (Entries carry the entity's id only, so the region is found through the versions still stored.)
     */
    private static final String ABOUT_REGION = "(entityType = 'REGION' and entityId = :region"
            + " or entityType = 'POLICY_VERSION' and entityId in"
            + " (select cast(v.id as String) from PolicyVersionEntity v where v.regionCode = :region)"
            + " or entityType = 'CHANGE_SET' and entityId in (select cast(v.changeSetId as String)"
            + " from PolicyVersionEntity v where v.regionCode = :region and v.changeSetId is not null))";

    /** Newest first; filters are optional. */
    public PanacheQuery<AuditEntryEntity> search(String entityType, String entityId, String actor, String regionCode,
            int page, int size) {
        QueryFilter filter = new QueryFilter()
                .when(entityType, "entityType = :type", "type")
                .when(entityId, "entityId = :id", "id")
                .when(actor, "actor = :actor", "actor")
                .when(regionCode, ABOUT_REGION, "region");
        return find(filter.where(), Sort.descending("id"), filter.parameters()).page(Page.of(page, size));
    }
}
