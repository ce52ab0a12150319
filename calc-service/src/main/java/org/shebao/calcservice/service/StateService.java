package org.shebao.calcservice.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import org.shebao.calcservice.api.StateAnswer;
import org.shebao.calcservice.api.StateAnswer.Attention;
import org.shebao.calcservice.api.StateAnswer.AttentionStatus;
import org.shebao.calcservice.messaging.CatchUp;
import org.shebao.calcservice.messaging.FreshnessMonitor;
import org.shebao.calcservice.state.PolicyState;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicyTimeline;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.Region;
import org.shebao.contract.RegionResolution;

/**
 * What calc-service holds and how fresh it is, for operators comparing it with policy-service, and which regions'
 * own timelines are going stale (their newest version ended or ends soon) so the next year's figures get published in
 * time.
 */
@ApplicationScoped
public class StateService {

    /** The version that ends last; an open-ended one never ends. Of two ending together, the later publication. */
    private static final Comparator<PublishedPolicy> NEWEST = Comparator
            .comparing(PublishedPolicy::effectiveTo, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(PublishedPolicy::publishedRevision);

    @Inject
    PolicyState state;

    @Inject
    CatchUp catchUp;

    @Inject
    FreshnessMonitor freshness;

    @Inject
    Clock clock;

    void registerGauges(@Observes StartupEvent event, MeterRegistry registry) {
        for (PolicyKind kind : PolicyKind.values()) {
            for (AttentionStatus status : AttentionStatus.values()) {
                Gauge.builder("policy.state.attention", this, service -> service.count(kind, status))
                        .description("Timelines whose newest version has ended or ends within "
                                + AttentionStatus.ENDING_SOON_DAYS + " days (regions are listed by GET /api/v1/state)")
                        .tag("kind", kind.name())
                        .tag("status", status.name())
                        .register(registry);
            }
        }
    }

    public StateAnswer held() {
        return new StateAnswer(catchUp.isCaughtUp(clock.instant()), freshness.staleness().toSeconds(),
                catchUp.confirmedCurrentAt(), state.appliedEvents(), state.ignoredEvents(), state.lastChange(),
                state.entries().stream().map(e -> new StateAnswer.Entry(e.key(), e.regionCode(), e.kind(),
                        e.revision(), e.versions())).toList(),
                attention(LocalDate.now(clock)));
    }

    /** Every held timeline needing attention on {@code today}, by region code and kind. */
    public List<Attention> attention(LocalDate today) {
        return state.timelines().stream()
                .map(timeline -> attention(timeline, today))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Attention::regionCode).thenComparing(Attention::kind))
                .toList();
    }

    private double count(PolicyKind kind, AttentionStatus status) {
        return attention(LocalDate.now(clock)).stream()
                .filter(a -> a.kind() == kind && a.status() == status)
                .count();
    }

    private Optional<Attention> attention(PolicyTimeline own, LocalDate today) {
        Optional<PublishedPolicy> newest = own.versions().stream().max(NEWEST);
        if (newest.isEmpty() || newest.get().effectiveTo() == null
                || newest.get().effectiveTo().isAfter(today.plusDays(AttentionStatus.ENDING_SOON_DAYS))) {
            return Optional.empty();
        }
        PublishedPolicy version = newest.get();
        if (version.effectiveTo().isAfter(today)) {
            return Optional.of(of(version, AttentionStatus.ENDING_SOON, null));
        }
        return Optional.of(ownCarriedForward(own, today)
                .map(found -> of(found.policy(), AttentionStatus.PROVISIONAL, found.carriedForwardUntil()))
                .orElseGet(() -> of(version, AttentionStatus.EXPIRED, null)));
    }

    /** The region's own ended version as the contract's rule carries it forward today, if it does. */
    private Optional<RegionResolution.Found> ownCarriedForward(PolicyTimeline own, LocalDate today) {
        List<String> chain = state.chain(own.regionCode()).stream().map(Region::code).toList();
        return RegionResolution.resolveOwn(chain.isEmpty() ? List.of(own.regionCode()) : chain, own.kind(), today,
                state::timeline, policy -> true)
                .filter(RegionResolution.Found::carriedForward);
    }

    private static Attention of(PublishedPolicy version, AttentionStatus status, LocalDate until) {
        return new Attention(version.regionCode(), version.kind(), status, version.version(),
                version.effectiveFrom(), version.effectiveTo(), until);
    }
}
