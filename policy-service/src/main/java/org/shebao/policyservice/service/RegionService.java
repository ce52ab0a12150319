package org.shebao.policyservice.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
import org.shebao.contract.RegionLevel;
import org.shebao.policyservice.messaging.OutboxWriter;
import org.shebao.policyservice.model.AuditedState;
import org.shebao.policyservice.model.RegionEntity;
import org.shebao.policyservice.repository.RegionRepository;

@ApplicationScoped
public class RegionService {

    /** Whether a PUT created the region, changed it, or found it as it was. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public record Saved(Region region, Outcome outcome) {
    }

    @Inject
    RegionRepository regions;

    @Inject
    OutboxWriter outbox;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public Page<Region> search(String text, RegionLevel level, PolicyKind kind, int page, int size) {
        PanacheQuery<RegionEntity> query = regions.search(text, level, kind, page, size);
        return new Page<>(query.list().stream().map(RegionEntity::toRegion).toList(), query.count());
    }

    public Region get(String code) {
        return find(code).toRegion();
    }

    RegionEntity find(String code) {
        RegionEntity region = regions.findById(code);
        if (region == null) {
            throw new NotFound("no region " + code);
        }
        return region;
    }

    /** Creates or replaces a region; every real change is announced with a new revision. */
    @Transactional
    public Saved put(Region region, String actor) {
        return save(region, actor, "");
    }

    /**
     * Creates or replaces many regions at once, all or nothing (e.g. the administrative-division list): parents before
     * their children, each as {@link #put} would. Problems name the region by its index ({@code [12].parentCode}).
     */
    @Transactional
    public Map<Outcome, Integer> putAll(List<Region> batch, String actor) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        for (int i = 0; i < batch.size(); i++) {
            counts.merge(save(batch.get(i), actor, "[" + i + "].").outcome(), 1, Integer::sum);
        }
        return counts;
    }

    private Saved save(Region region, String actor, String prefix) {
        checkPlacement(region, prefix);
        RegionEntity entity = regions.findById(region.code());
        Region before = entity == null ? null : entity.toRegion();
        if (region.equals(before)) {
            return new Saved(before, Outcome.UNCHANGED);
        }
        if (entity == null) {
            entity = new RegionEntity();
            entity.code = region.code();
        }
        entity.name = region.name();
        entity.level = region.level();
        entity.parentCode = region.parentCode();
        entity.socialInsuranceYearStartMonth = region.socialInsuranceYearStartMonth();
        entity.revision++;
        entity.updatedAt = clock.instant();
        entity.updatedBy = actor;
        regions.persist(entity);
        outbox.regionChanged(entity);
        Outcome outcome = before == null ? Outcome.CREATED : Outcome.UPDATED;
        audit.record(actor, "REGION_" + outcome, "REGION", region.code(), AuditedState.region(before),
                AuditedState.region(region), null);
        return new Saved(region, outcome);
    }

    /** The tree is nation → province → city → county; a region's parent must exist one level up. */
    private void checkPlacement(Region region, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        boolean national = region.level() == RegionLevel.NATIONAL;
        if (national != Objects.equals(region.code(), Region.NATION)) {
            errors.add(new FieldError(prefix + "level", "only " + Region.NATION + " is NATIONAL"));
        }
        if (national && region.parentCode() != null) {
            errors.add(new FieldError(prefix + "parentCode", "the nation has no parent"));
        }
        if (region.code().equals(region.parentCode())) {
            errors.add(new FieldError(prefix + "parentCode", "a region cannot be its own parent"));
        } else if (!national) {
            RegionEntity parent = region.parentCode() == null ? null : regions.findById(region.parentCode());
            RegionLevel expected = region.level().parentLevel();
            if (parent == null || parent.level != expected) {
                errors.add(new FieldError(prefix + "parentCode",
                        "must be an existing " + expected + " region for a " + region.level()));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidInput.unprocessable(errors);
        }
    }
}
