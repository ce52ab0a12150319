package org.shebao.calcservice.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.state.PolicyState;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.Region;
import org.shebao.contract.RegionResolution;

/**
 * Finds the version that applies by the contract's {@link RegionResolution} rule, on calc-service's state: in force
 * along the region chain, else carried forward (暂按上年度) within the CARRY_FORWARD limit. Monthly calculations ask for
 * the first day of the month.
 */
@ApplicationScoped
public class PolicyResolver {

    @Inject
    PolicyState state;

    public List<Region> chain(String regionCode, String field) {
        if (RegionResolution.outsideMainlandSystem(regionCode)) {
            throw new RegionNotCoveredException(field, regionCode);
        }
        List<Region> chain = state.chain(regionCode);
        if (chain.isEmpty()) {
            throw new UnknownRegionException(field, regionCode);
        }
        return chain;
    }

    public ResolvedPolicy resolve(String regionCode, String field, PolicyKind kind, LocalDate date) {
        return resolve(chain(regionCode, field), kind, date, policy -> true);
    }

    /** The version that applies and also satisfies {@code usable} (e.g. holds an annuity table). */
    public ResolvedPolicy resolve(List<Region> chain, PolicyKind kind, LocalDate date, Predicate<PublishedPolicy> usable) {
        return find(chain, kind, date, usable).orElseThrow(() -> new NoPolicyInForceException(chain.get(0).code(), kind,
                date, periods(chain, kind)));
    }

    public Optional<ResolvedPolicy> find(List<Region> chain, PolicyKind kind, LocalDate date,
            Predicate<PublishedPolicy> usable) {
        return RegionResolution.resolve(chain.stream().map(Region::code).toList(), kind, date, state::timeline, usable)
                .map(found -> ResolvedPolicy.of(found, chain.get(0).code()));
    }

    private List<NoPolicyInForceException.Period> periods(List<Region> chain, PolicyKind kind) {
        List<NoPolicyInForceException.Period> periods = new ArrayList<>();
        for (Region region : chain) {
            state.timeline(region.code(), kind).ifPresent(t -> t.versions().forEach(v -> periods.add(
                    new NoPolicyInForceException.Period(v.regionCode(), v.version(), v.effectiveFrom(),
                            v.effectiveTo()))));
        }
        return periods;
    }
}
