package org.shebao.policyservice.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.shebao.contract.PolicyKind;

/**
 * Counters per (region, kind). Bumping the revision takes the row lock, so publications of one key are serialized and
 * their revisions follow commit order.
 */
@ApplicationScoped
public class PolicyKeyRepository {

    @Inject
    EntityManager em;

    public int nextVersionNumber(String regionCode, PolicyKind kind) {
        em.createNativeQuery("insert into policy_key (region_code, kind) values (:region, :kind) on conflict do nothing")
                .setParameter("region", regionCode).setParameter("kind", kind.name())
                .executeUpdate();
        Number next = (Number) em.createNativeQuery("update policy_key set next_version = next_version + 1"
                + " where region_code = :region and kind = :kind returning next_version - 1")
                .setParameter("region", regionCode).setParameter("kind", kind.name())
                .getSingleResult();
        return next.intValue();
    }

    public long nextRevision(String regionCode, PolicyKind kind) {
        Number revision = (Number) em.createNativeQuery("update policy_key set revision = revision + 1"
                + " where region_code = :region and kind = :kind returning revision")
                .setParameter("region", regionCode).setParameter("kind", kind.name())
                .getSingleResult();
        return revision.longValue();
    }
}
