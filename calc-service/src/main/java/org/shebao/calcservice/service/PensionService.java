package org.shebao.calcservice.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.api.PensionQuery;
import org.shebao.calcservice.api.ProjectionQuery;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.pension.ParametersSource;
import org.shebao.calcservice.calc.pension.PensionCalculator;
import org.shebao.calcservice.calc.pension.PensionProjectionCalculator;
import org.shebao.calcservice.calc.pension.PensionRequest;
import org.shebao.calcservice.calc.pension.PensionResult;
import org.shebao.calcservice.calc.pension.ProjectionResult;
import org.shebao.calcservice.state.PolicyState;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
import org.shebao.contract.payload.PensionPolicy;

/**
 * Pensions from the region's PENSION version for the retirement month (its 计发基数, coefficient and variants) and the
 * national 计发月数 table. Either may be missing when the caller's overrides supply the figures.
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

    public Outcome<PensionResult> estimate(PensionQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        retirement.checkBirthMonth(query.birthMonth());
        YearMonth retirementMonth = query.retirementMonth() != null ? query.retirementMonth()
                : retirement.statutoryMonth(query.birthMonth(), query.category());
        LocalDate date = retirementMonth.atDay(1);
        List<Region> chain = chain(query.regionCode());
        Optional<ResolvedPolicy> regional = query.policyOverride() != null ? Optional.empty() : regional(chain, date);
        Optional<ResolvedPolicy> national = national(chain, date);
        SourcedPolicy<PensionPolicy> regionalPolicy = query.policyOverride() != null
                ? usage.callerSupplied(query.regionCode(), PolicyKind.PENSION, query.policyOverride())
                : sourced(regional);
        PensionResult result = PensionCalculator.calculate(query.toRequest(), regionalPolicy, sourced(national),
                usage.trace());
        citeWhatWasUsed(regional, national, result, query.overrides(), usage);
        return usage.outcome(result, result.status());
    }

    /** A projection from this month: its figures are extrapolated ({@code projected}). */
    public Outcome<ProjectionResult> project(ProjectionQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        retirement.checkBirthMonth(query.birthMonth());
        YearMonth today = YearMonth.now(clock);
        LocalDate date = today.atDay(1);
        List<Region> chain = chain(query.regionCode());
        Optional<ResolvedPolicy> regional = regional(chain, date);
        Optional<ResolvedPolicy> national = national(chain, date);
        ProjectionResult result = PensionProjectionCalculator.project(query.toRequest(), today, sourced(regional),
                sourced(national), usage.trace());
        citeWhatWasUsed(regional, national, result.statutory().pension(), query.overrides(), usage);
        return usage.outcome(result, result.status(), true);
    }

    /** The caller's region chain, or the nation alone when no region is given. */
    private List<Region> chain(String regionCode) {
        return regionCode != null ? resolver.chain(regionCode, "regionCode") : state.chain(Region.NATION);
    }

    private Optional<ResolvedPolicy> regional(List<Region> chain, LocalDate date) {
        return resolver.find(chain, PolicyKind.PENSION, date,
                p -> ((PensionPolicy) p.payload()).calculationBase() != null);
    }

    private Optional<ResolvedPolicy> national(List<Region> chain, LocalDate date) {
        return resolver.find(chain, PolicyKind.PENSION, date, p -> ((PensionPolicy) p.payload()).hasAnnuityTable());
    }

    private static SourcedPolicy<PensionPolicy> sourced(Optional<ResolvedPolicy> policy) {
        return policy.map(p -> p.sourced(PensionPolicy.class)).orElse(null);
    }

    /** Cites a policy only if a figure of it was used: the caller's overrides may have replaced them all. */
    private static void citeWhatWasUsed(Optional<ResolvedPolicy> regional, Optional<ResolvedPolicy> national,
            PensionResult result, PensionRequest.Overrides overrides, Usage usage) {
        if (result.parametersSource() != ParametersSource.CALLER) {
            regional.ifPresent(p -> usage.use(p, PensionPolicy.class));
        }
        if (overrides == null || overrides.annuityMonths() == null) {
            national.ifPresent(p -> usage.use(p, PensionPolicy.class));
        }
    }
}
