package org.shebao.policyservice.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.shebao.contract.PolicyKind;
import org.shebao.contract.RegionResolution;
import org.shebao.contract.RegionLevel;
import org.shebao.policyservice.model.RegionEntity;
import org.shebao.policyservice.model.VersionStatus;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<RegionEntity, String> {

    /** Regions matching a name or code fragment, a level and (with {@code kind}) having their own published policy. */
    public PanacheQuery<RegionEntity> search(String text, RegionLevel level, PolicyKind kind, int page, int size) {
        QueryFilter filter = new QueryFilter()
                .when(text == null ? null : "%" + text.strip() + "%", "(name like :text or code like :text)", "text")
                .when(level, "level = :level", "level")
                .when(kind, "exists (from PolicyVersionEntity v where v.regionCode = code and v.kind = :kind"
                        + " and v.status = :published)", "kind");
        if (kind != null) {
            filter.with("published", VersionStatus.PUBLISHED);
        }
        return find(filter.where(), Sort.by("code"), filter.parameters()).page(Page.of(page, size));
    }

    /** The region and its ancestors, nearest first: city → province → nation. */
    public List<RegionEntity> chain(String code) {
        return RegionResolution.chain(code, this::findByIdOptional, region -> region.parentCode);
    }
}
