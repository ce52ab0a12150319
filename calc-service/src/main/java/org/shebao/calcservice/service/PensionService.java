package org.shebao.calcservice.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.api.PensionQuery;
import org.shebao.calcservice.api.ProjectionQuery;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.pension.BaseBounds;
import org.shebao.calcservice.calc.pension.BaseStatus;
import org.shebao.calcservice.calc.pension.ParametersSource;
import org.shebao.calcservice.calc.pension.PensionCalculator;
import org.shebao.calcservice.calc.pension.PensionEstimate;
import org.shebao.calcservice.calc.pension.PensionProjectionCalculator;
import org.shebao.calcservice.calc.pension.PensionRequest;
import org.shebao.calcservice.calc.pension.PensionResult;
import org.shebao.calcservice.calc.pension.ProjectionEstimate;
import org.shebao.calcservice.calc.pension.ProjectionResult;
import org.shebao.calcservice.calc.pension.RetirementYearBase;
import org.shebao.calcservice.calc.retirement.CategoryResolution;
import org.shebao.calcservice.state.PolicyState;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.Region;
import org.shebao.contract.payload.CarryForwardPolicy;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.PensionPolicy;

/**
 * Pensions from the region's 计发基数 of the retirement year ({@link RetirementYearBase}: published, 预发 or projected),
 * its PENSION version's coefficient and variants, and the national 计发月数 table. Either may be missing when the
 * caller's overrides supply the figures.
 */
@ApplicationScoped
public class PensionService {

    @Inject
    PolicyResolver resolver;

    @Inject
    PolicyState state;

    @Inject
    RetirementService retirement;

    @Inject
    Clock clock;

    public Outcome<PensionEstimate> estimate(PensionQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        Status status = new Status();
        retirement.checkBirthMonth(query.birthMonth());
        List<Region> chain = chain(query.regionCode());
        CategoryResolution.Resolved category = retirement.category(query.category(), query.gender(),
                query.position(), query.regionCode() == null ? null : chain, usage, status);
        YearMonth retirementMonth = query.retirementMonth() != null ? query.retirementMonth()
                : retirement.statutoryMonth(query.birthMonth(), category.category());
        LocalDate date = retirementMonth.atDay(1);
        Optional<ResolvedPolicy> national = national(chain, date);
        RetirementYearBase.Choice base = null;
        SourcedPolicy<PensionPolicy> regionalPolicy;
        Optional<ResolvedPolicy> regional = Optional.empty();
        if (query.policyOverride() != null) {
            regionalPolicy = usage.callerSupplied(query.regionCode(), PolicyKind.PENSION, query.policyOverride());
        } else if (query.overrides() != null && query.overrides().calculationBase() != null) {
            regional = regional(chain, date);
            regionalPolicy = sourced(regional);
        } else {
            base = baseOfYear(chain, retirementMonth, query.baseGrowthRate(), usage, status).orElse(null);
            regionalPolicy = base == null ? null : base.regional();
        }
        List<String> place = place(query.regionCode(), chain);
        PensionResult result = PensionCalculator.calculate(query.toRequest(category.category(), place),
                regionalPolicy, sourced(national), usage.trace());
        if (result.parametersSource() != ParametersSource.CALLER) {
            regional.ifPresent(p -> usage.use(p, PensionPolicy.class));
        }
        citeTable(national, query.overrides(), usage);
        status.include(result.status(), "");
        return usage.outcome(new PensionEstimate(result, category, base,
                base == null || base.growth() == null ? List.of() : List.of(base.growth())), status.report(),
                base != null && base.status() == BaseStatus.PROJECTED);
    }

    /**
     * A projection from this month: its figures are extrapolated ({@code projected}). The wage is credited within
     * today's CONTRIBUTION bounds and the 计发基数 starts from today's, both grown by the stated assumptions.
     */
    public Outcome<ProjectionEstimate> project(ProjectionQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        Status status = new Status();
        retirement.checkBirthMonth(query.birthMonth());
        YearMonth today = YearMonth.now(clock);
        LocalDate date = today.atDay(1);
        List<Region> chain = chain(query.regionCode());
        CategoryResolution.Resolved category = retirement.category(query.category(), query.gender(),
                query.position(), query.regionCode() == null ? null : chain, usage, status);
        Optional<ResolvedPolicy> national = national(chain, date);
        RetirementYearBase.Choice base = query.overrides() != null && query.overrides().calculationBase() != null
                ? null : baseOfYear(chain, today, query.baseGrowthRate() != null ? query.baseGrowthRate()
                        : query.annualWageGrowth(), usage, status).orElse(null);
        BaseBounds bounds = query.regionCode() == null ? null
                : resolver.find(chain, PolicyKind.CONTRIBUTION, date, p -> true)
                        .map(p -> BaseBounds.of(usage.use(p, ContributionPolicy.class)))
                        .orElse(null);
        Optional<ResolvedPolicy> regional = base == null ? regional(chain, date) : Optional.empty();
        ProjectionResult result = PensionProjectionCalculator.project(query.toRequest(category.category(),
                place(query.regionCode(), chain)), today,
                base == null ? sourced(regional) : base.regional(), sourced(national), bounds,
                base == null ? null : base.latest(), usage.trace());
        regional.ifPresent(p -> usage.use(p, PensionPolicy.class));
        citeTable(national, query.overrides(), usage);
        status.include(result.status(), "");
        return usage.outcome(new ProjectionEstimate(result, category), status.report(), true);
    }

    /** Where the pension is assessed: the codes of the caller's region and those above it; none without a region. */
    private static List<String> place(String regionCode, List<Region> chain) {
        return regionCode == null ? List.of() : chain.stream().map(Region::code).toList();
    }

    /** The caller's region chain, or the nation alone when no region is given. */
    private List<Region> chain(String regionCode) {
        return regionCode != null ? resolver.chain(regionCode, "regionCode") : state.chain(Region.NATION);
    }

    /**
     * The 计发基数 of the retirement year, and the versions it rests on cited: the one it is read from, the
     * CARRY_FORWARD rule for a 预发 base, the year before for a growth read off the data. Empty when the region chain
     * publishes no base at all.
     */
    private Optional<RetirementYearBase.Choice> baseOfYear(List<Region> chain, YearMonth month, BigDecimal growth,
            Usage usage, Status status) {
        LocalDate day = month.atDay(1);
        Optional<ResolvedPolicy> basis = regional(chain, day).or(() -> latestBase(chain));
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        ResolvedPolicy found = basis.get();
        Optional<ResolvedPolicy> carryForward = resolver.find(chain, PolicyKind.CARRY_FORWARD, day, p -> true);
        Integer months = carryForward.flatMap(rule -> ((CarryForwardPolicy) rule.policy().payload())
                .rule(PolicyKind.PENSION)).map(CarryForwardPolicy.Rule::maxMonths).orElse(null);
        Optional<PublishedPolicy> previous = baseVersions(found.policy().regionCode())
                .filter(v -> yearOf(v) == yearOf(found.policy()) - 1)
                .max(Comparator.comparingLong(PublishedPolicy::publishedRevision));
        RetirementYearBase.Choice choice = RetirementYearBase.choose(month, found.policy(), previous.orElse(null),
                months, growth, status, usage.trace());
        switch (choice.status()) {
            case PROVISIONAL -> usage.use(found.carriedForward() ? found
                    : new ResolvedPolicy(found.policy(), found.revision(), found.requestedRegion(),
                            carryForward.orElseThrow()), PensionPolicy.class);
            case PROJECTED -> {
                usage.use(found, PensionPolicy.class);
                if (choice.growthFrom() != null) {
                    usage.use(new ResolvedPolicy(previous.orElseThrow(), found.revision(), found.requestedRegion(),
                            null), PensionPolicy.class);
                }
            }
            case PUBLISHED -> usage.use(found, PensionPolicy.class);
        }
        return Optional.of(choice);
    }

    /** The nearest region's latest 计发基数, when none is in force or carried forward on the day. */
    private Optional<ResolvedPolicy> latestBase(List<Region> chain) {
        for (Region region : chain) {
            Optional<PublishedPolicy> latest = baseVersions(region.code())
                    .max(Comparator.comparing(PublishedPolicy::effectiveFrom)
                            .thenComparingLong(PublishedPolicy::publishedRevision));
            if (latest.isPresent()) {
                long revision = state.timeline(region.code(), PolicyKind.PENSION).orElseThrow().revision();
                return Optional.of(new ResolvedPolicy(latest.get(), revision, chain.get(0).code(), null));
            }
        }
        return Optional.empty();
    }

    private Stream<PublishedPolicy> baseVersions(String regionCode) {
        return state.timeline(regionCode, PolicyKind.PENSION).stream()
                .flatMap(t -> t.versions().stream())
                .filter(PensionService::hasBase);
    }

    private static int yearOf(PublishedPolicy version) {
        Integer year = ((PensionPolicy) version.payload()).calculationBaseYear();
        return year != null ? year : version.effectiveFrom().getYear();
    }

    private static boolean hasBase(PublishedPolicy policy) {
        return ((PensionPolicy) policy.payload()).calculationBase() != null;
    }

    private Optional<ResolvedPolicy> regional(List<Region> chain, LocalDate date) {
        return resolver.find(chain, PolicyKind.PENSION, date, PensionService::hasBase);
    }

    private Optional<ResolvedPolicy> national(List<Region> chain, LocalDate date) {
        return resolver.find(chain, PolicyKind.PENSION, date, p -> ((PensionPolicy) p.payload()).hasAnnuityTable());
    }

    private static SourcedPolicy<PensionPolicy> sourced(Optional<ResolvedPolicy> policy) {
        return policy.map(p -> p.sourced(PensionPolicy.class)).orElse(null);
    }

    /** Cites the 计发月数 table unless the caller's override replaced it. */
    private static void citeTable(Optional<ResolvedPolicy> national, PensionRequest.Overrides overrides,
            Usage usage) {
        if (overrides == null || overrides.annuityMonths() == null) {
            national.ifPresent(p -> usage.use(p, PensionPolicy.class));
        }
    }
}
