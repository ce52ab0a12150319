package org.shebao.calcservice.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.calc.InputChecks;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.retirement.CategoryResolution;
import org.shebao.calcservice.calc.retirement.RetirementAgeCalculator;
import org.shebao.calcservice.calc.retirement.RetirementAgeResult;
import org.shebao.calcservice.calc.retirement.RetirementCategory;
import org.shebao.calcservice.state.PolicyState;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.Region;
import org.shebao.contract.payload.Gender;
import org.shebao.contract.payload.JobPosition;
import org.shebao.contract.payload.PensionPolicy;

/**
 * 法定退休年龄 of a person: national law; the national PENSION version only when the category is given as gender and
 * post. Also the one place that says which birth months can be asked about and how a category is found, for the
 * retirement age and for pensions alike.
 */
@ApplicationScoped
public class RetirementService {

    @Inject
    Clock clock;

    @Inject
    PolicyResolver resolver;

    @Inject
    PolicyState state;

    /** The retirement age with the category it was calculated for. */
    public record Retirement(CategoryResolution.Resolved category, RetirementAgeResult age) {
    }

    /** @param regionCode only needed for a woman in 灵活就业, whose original age is the region's rule; may be null */
    public Outcome<Retirement> retirementAge(YearMonth birthMonth, RetirementCategory category, Gender gender,
            JobPosition position, String regionCode, boolean explain) {
        checkBirthMonth(InputChecks.required("birthMonth", birthMonth));
        Usage usage = new Usage(explain);
        Status status = new Status();
        List<Region> chain = regionCode == null ? null : resolver.chain(regionCode, "regionCode");
        CategoryResolution.Resolved resolved = category(category, gender, position, chain, usage, status);
        RetirementAgeResult result = RetirementAgeCalculator.calculate(birthMonth, resolved.category(),
                usage.trace());
        return usage.outcome(new Retirement(resolved, result), status.report());
    }

    /**
     * The category given, or mapped from gender and post by the national PENSION version in force today (the mapping
     * restates the law on 原法定退休年龄, not a yearly figure); a woman in 灵活就业 by her region's PENSION version in
     * force today. The version that decided is cited.
     *
     * @param chain the caller's region chain; null when no region is given
     */
    public CategoryResolution.Resolved category(RetirementCategory category, Gender gender, JobPosition position,
            List<Region> chain, Usage usage, Status status) {
        if (gender == null && position == null) {
            return CategoryResolution.resolve(category, null, null, null, null, status);
        }
        LocalDate today = LocalDate.now(clock);
        List<Region> lookup = chain != null ? chain : state.chain(Region.NATION);
        Optional<ResolvedPolicy> national = resolver.find(lookup, PolicyKind.PENSION, today,
                p -> ((PensionPolicy) p.payload()).categoryByPosition() != null);
        Optional<ResolvedPolicy> regional = chain == null || position != JobPosition.FLEXIBLE ? Optional.empty()
                : resolver.find(chain, PolicyKind.PENSION, today, p -> ((PensionPolicy) p.payload())
                        .calculationBase() != null);
        CategoryResolution.Resolved resolved = CategoryResolution.resolve(category, gender, position,
                sourced(national), sourced(regional), status);
        if (resolved.policy() != null) {
            regional.filter(r -> r.ref().equals(resolved.policy())).or(() -> national)
                    .ifPresent(p -> usage.use(p, PensionPolicy.class));
        }
        return resolved;
    }

    private static SourcedPolicy<PensionPolicy> sourced(Optional<ResolvedPolicy> policy) {
        return policy.map(p -> p.sourced(PensionPolicy.class)).orElse(null);
    }

    /** The statutory retirement month, e.g. the default retirement month of a pension estimate. */
    public YearMonth statutoryMonth(YearMonth birthMonth, RetirementCategory category) {
        return RetirementAgeCalculator.calculate(InputChecks.required("birthMonth", birthMonth),
                InputChecks.required("category", category)).retirementMonth();
    }

    /** Nobody is born after this month. A missing birth month is left to the calculation that needs it. */
    public void checkBirthMonth(YearMonth birthMonth) {
        if (birthMonth != null && birthMonth.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException("birthMonth", "must not be in the future");
        }
    }
}
