package org.shebao.calcservice.calc.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.shebao.contract.payload.ParticipantType;

/**
 * What a contribution bill is calculated from.
 *
 * @param participantType         职工 or 灵活就业人员; selects the schedule of the policy
 * @param month                   the month billed; the caller picks the policy version in force for it
 * @param wage                    本人上年度月平均工资 for employees; the chosen base for flexible workers; &gt; 0
 * @param workInjuryRate          the employer's 工伤保险 rate (by industry class and 浮动); must lie in the line's
 *                                employerRateRange; its default applies when absent
 * @param includeHousingFund      also compute 住房公积金
 * @param housingFundEmployerRate chosen 公积金 rate of the employer within the HOUSING_FUND range; required
 *                                unless the rule publishes a default (none does)
 * @param housingFundEmployeeRate chosen 公积金 rate of the employee within the HOUSING_FUND range; required
 *                                unless the rule publishes a default (none does)
 */
public record ContributionRequest(
        ParticipantType participantType,
        YearMonth month,
        BigDecimal wage,
        BigDecimal workInjuryRate,
        Boolean includeHousingFund,
        BigDecimal housingFundEmployerRate,
        BigDecimal housingFundEmployeeRate) {

    /** A bill without work-injury rate or housing fund. */
    public static ContributionRequest of(ParticipantType participantType, YearMonth month, BigDecimal wage) {
        return new ContributionRequest(participantType, month, wage, null, null, null, null);
    }
}
