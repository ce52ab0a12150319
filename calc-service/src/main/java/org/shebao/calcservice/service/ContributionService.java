package org.shebao.calcservice.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.api.AdjustmentQuery;
import org.shebao.calcservice.api.ContributionQuery;
import org.shebao.calcservice.calc.InputChecks;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.contribution.AdjustmentPolicies;
import org.shebao.calcservice.calc.contribution.AdjustmentResult;
import org.shebao.calcservice.calc.contribution.ContributionAdjustmentCalculator;
import org.shebao.calcservice.calc.contribution.ContributionCalculator;
import org.shebao.calcservice.calc.contribution.ContributionResult;
import org.shebao.calcservice.state.PolicyState;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicyTimeline;
import org.shebao.contract.Region;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.HousingFundRule;

/**
 * Contribution bills and 补差 from the CONTRIBUTION version in force on the first day of each month, and the HOUSING_FUND
 * version then when the fund is asked for.
 */
@ApplicationScoped
public class ContributionService {

    /** No month before it is answered: the data and the rules start in the 1990s. */
    static final YearMonth FIRST_MONTH = YearMonth.of(1990, 1);
    /** A monthly wage or base this large is a typing error, not a wage: every base ceiling is far below it. */
    static final BigDecimal ABSURD_AMOUNT = new BigDecimal("10000000");


    @Inject
    PolicySelector selector;

    @Inject
    PolicyResolver resolver;

    @Inject
    PolicyState state;

    /** One bill, also one line of a batch. */
    public Outcome<ContributionResult> calculate(ContributionQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        ContributionResult result = bill(query, usage);
        return usage.outcome(result, result.status());
    }

    /** One bill within a larger calculation, which collects the policies it uses. */
    /**
     * Exactly one of wage and base, each positive and below {@link #ABSURD_AMOUNT} under its own name; a month from
     * {@link #FIRST_MONTH} on.
     */
    private static void checkInputs(ContributionQuery query, YearMonth month) {
        if (month.isBefore(FIRST_MONTH)) {
            throw new InvalidInputException("month", "must be " + FIRST_MONTH + " or later: the contribution system "
                    + "this platform answers for starts in the 1990s, was " + month);
        }
        if (query.wage() != null && query.base() != null) {
            throw InvalidInputException.exclusive("wage", "base",
                    "give either wage (上年度月平均工资) or base (缴费基数), not both");
        }
        checkAmount("wage", query.wage());
        checkAmount("base", query.base());
    }

    private static void checkAmount(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        InputChecks.positive(field, amount);
        if (amount.compareTo(ABSURD_AMOUNT) >= 0) {
            throw new InvalidInputException(field, "must be below " + ABSURD_AMOUNT.toPlainString()
                    + " 元 a month (a typing error?), was " + amount.toPlainString());
        }
    }

    ContributionResult bill(ContributionQuery query, Usage usage) {
        YearMonth month = InputChecks.required("month", query.month());
        checkInputs(query, month);
        SourcedPolicy<ContributionPolicy> policy = selector.select(query.regionCode(), "regionCode",
                PolicyKind.CONTRIBUTION, month.atDay(1), query.policyOverride(), usage);
        return ContributionCalculator.calculate(query.toRequest(), policy,
                housingFund(query, policy, month.atDay(1), usage), usage.trace());
    }

    /**
     * The 住房公积金 rule when the fund is asked for: a what-if's own rule if it has one, else the HOUSING_FUND policy
     * that applies along the region chain; null when neither does.
     */
    private SourcedPolicy<HousingFundRule> housingFund(ContributionQuery query,
            SourcedPolicy<ContributionPolicy> policy, LocalDate day, Usage usage) {
        if (!Boolean.TRUE.equals(query.includeHousingFund())) {
            return null;
        }
        ContributionSchedule overridden = query.policyOverride() == null || query.participantType() == null ? null
                : query.policyOverride().participants().get(query.participantType());
        if (overridden != null && overridden.housingFund() != null) {
            return SourcedPolicy.of(policy.ref(), overridden.housingFund());
        }
        return resolver.find(resolver.chain(query.regionCode(), "regionCode"), PolicyKind.HOUSING_FUND, day, p -> true)
                .map(found -> usage.use(found, HousingFundRule.class))
                .orElse(null);
    }

    public Outcome<AdjustmentResult> adjust(AdjustmentQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        List<Region> chain = resolver.chain(query.regionCode(), "regionCode");
        Map<YearMonth, AdjustmentPolicies> policies = new LinkedHashMap<>();
        for (int i = 0; i < query.months().size(); i++) {
            AdjustmentQuery.Month month = query.months().get(i);
            String field = "months[" + i + "]";
            LocalDate firstDay = InputChecks.required(field + ".month", month.month()).atDay(1);
            ResolvedPolicy now = resolver.resolve(chain, PolicyKind.CONTRIBUTION, firstDay, p -> true);
            boolean paidStated = month.statedPaid() != null;
            if (paidStated && month.paidUnderVersion() != null) {
                throw InvalidInputException.exclusive(field + ".paid", field + ".paidUnderVersion",
                        "give the amounts paid or paidUnderVersion, not both");
            }
            SourcedPolicy<ContributionPolicy> then = paidStated ? null
                    : usage.use(billedUnder(now, month.paidUnderVersion(), field), ContributionPolicy.class);
            policies.put(month.month(), new AdjustmentPolicies(then, usage.use(now, ContributionPolicy.class)));
        }
        AdjustmentResult result = ContributionAdjustmentCalculator.calculate(query.toRequest(), policies,
                usage.trace());
        return usage.outcome(result, result.status());
    }

    /** The version a month was billed under, looked up in the timeline the current version belongs to. */
    private ResolvedPolicy billedUnder(ResolvedPolicy now, Integer version, String field) {
        if (version == null) {
            throw new InvalidInputException(field + ".paid", "give the amounts paid, or paidUnderVersion");
        }
        PolicyTimeline timeline = state.timeline(now.policy().regionCode(), PolicyKind.CONTRIBUTION).orElseThrow();
        return timeline.versions().stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .map(v -> new ResolvedPolicy(v, timeline.revision(), now.requestedRegion(), null))
                .orElseThrow(() -> new InvalidInputException(field + ".paidUnderVersion", "region "
                        + timeline.regionCode() + " has no published CONTRIBUTION version " + version));
    }
}
