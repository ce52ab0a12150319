package org.shebao.calcservice.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.api.PensionAnswer;
import org.shebao.calcservice.api.PensionQuery;
import org.shebao.calcservice.api.ProjectionAnswer;
import org.shebao.calcservice.api.ProjectionQuery;
import org.shebao.calcservice.calc.InputChecks;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.pension.PensionCalculator;
import org.shebao.calcservice.calc.pension.PensionProjectionCalculator;
import org.shebao.calcservice.calc.retirement.RetirementAgeCalculator;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
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
    Clock clock;

    public PensionAnswer estimate(PensionQuery query, AnswerBuilder answer) {
        YearMonth retirement = query.retirementMonth() != null ? query.retirementMonth()
                : statutoryMonth(query.category(), query.birthMonth());
        LocalDate date = retirement.atDay(1);
        List<Region> chain = chain(query.regionCode());
        SourcedPolicy<PensionPolicy> regional = query.policyOverride() != null
                ? answer.callerSupplied(query.regionCode(), PolicyKind.PENSION, query.policyOverride())
                : regional(chain, date, answer);
        return PensionAnswer.of(query.regionCode(), PensionCalculator.calculate(query.toRequest(), regional,
                national(chain, date, answer), answer.trace()), answer);
    }

    public ProjectionAnswer project(ProjectionQuery query, AnswerBuilder answer) {
        YearMonth today = YearMonth.now(clock);
        LocalDate date = today.atDay(1);
        List<Region> chain = chain(query.regionCode());
        return ProjectionAnswer.of(query.regionCode(), PensionProjectionCalculator.project(query.toRequest(), today,
                regional(chain, date, answer), national(chain, date, answer), answer.trace()), answer);
    }

    private static YearMonth statutoryMonth(RetirementCategory category, YearMonth birthMonth) {
        return RetirementAgeCalculator.calculate(InputChecks.required("birthMonth", birthMonth),
                InputChecks.required("category", category)).retirementMonth();
    }

    /** The caller's region chain, or the nation alone when no region is given. */
    private List<Region> chain(String regionCode) {
        return regionCode != null ? resolver.chain(regionCode, "regionCode") : state.chain(Region.NATION);
    }

    private SourcedPolicy<PensionPolicy> regional(List<Region> chain, LocalDate date, AnswerBuilder answer) {
        return cited(resolver.find(chain, PolicyKind.PENSION, date,
                p -> ((PensionPolicy) p.payload()).calculationBase() != null), answer);
    }

    private SourcedPolicy<PensionPolicy> national(List<Region> chain, LocalDate date, AnswerBuilder answer) {
        return cited(resolver.find(chain, PolicyKind.PENSION, date,
                p -> ((PensionPolicy) p.payload()).hasAnnuityTable()), answer);
    }

    private static SourcedPolicy<PensionPolicy> cited(Optional<ResolvedPolicy> found, AnswerBuilder answer) {
        return found.map(policy -> answer.use(policy, PensionPolicy.class)).orElse(null);
    }
}
