package org.shebao.calcservice.calc.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;

/**
 * 补差: months already billed, to be re-rated under the policy now in force for each of them (bases are often published
 * months late and apply retroactively).
 *
 * @param participantType 职工 or 灵活就业人员, as for {@link ContributionRequest}
 * @param workInjuryRate  the employer's 工伤 rate, as for {@link ContributionRequest}
 * @param months          at least one month, each at most once
 */
public record AdjustmentRequest(
        ParticipantType participantType,
        BigDecimal workInjuryRate,
        List<Month> months) {

    /**
     * One billed month.
     *
     * @param wage the wage declared for that month (&gt; 0)
     * @param paid what was paid per line; when null, the amounts are recomputed from the policy then in force
     */
    public record Month(YearMonth month, BigDecimal wage, List<PaidLine> paid) {
    }

    /** Amounts paid for one insurance line; a null side counts as 0. */
    public record PaidLine(InsuranceType insurance, BigDecimal employer, BigDecimal employee) {
    }
}
