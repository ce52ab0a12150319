package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;
import java.util.function.UnaryOperator;

import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.contract.payload.PensionComponent;

/**
 * The person's year counts as a region's formulas read them, each already rounded by the policy. A count that the
 * request neither gives nor implies is null (unknown); a request that gives none of the counts before the account
 * means there are none (0).
 */
final class PersonYears {

    private final BigDecimal contribution;
    private final BigDecimal deemed;
    private final BigDecimal beforeAccount;
    private final BigDecimal actualBeforeAccount;
    /** beforeAccount stands in for 视同 only: the request gave deemedYears and nothing of the actual part. */
    private final boolean beforeAccountFromDeemed;

    private PersonYears(BigDecimal contribution, BigDecimal deemed, BigDecimal beforeAccount,
            BigDecimal actualBeforeAccount, boolean beforeAccountFromDeemed) {
        this.contribution = contribution;
        this.deemed = deemed;
        this.beforeAccount = beforeAccount;
        this.actualBeforeAccount = actualBeforeAccount;
        this.beforeAccountFromDeemed = beforeAccountFromDeemed;
    }

    /** @param round the policy's rounding of year counts, applied to each count the request gives */
    static PersonYears of(PensionRequest request, UnaryOperator<BigDecimal> round) {
        BigDecimal contribution = round.apply(request.contributionYears());
        BigDecimal deemed = roundOrNull(request.deemedYears(), round);
        BigDecimal before = roundOrNull(request.yearsBeforeAccount(), round);
        BigDecimal actual = roundOrNull(request.actualYearsBeforeAccount(), round);
        if (deemed == null && before == null && actual == null) {
            return new PersonYears(contribution, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false);
        }
        return new PersonYears(contribution,
                deemed != null ? deemed : difference(before, actual),
                before != null ? before : deemed != null && actual != null ? deemed.add(actual) : deemed,
                actual != null ? actual : difference(before, deemed),
                before == null && actual == null);
    }

    BigDecimal contribution() {
        return contribution;
    }

    BigDecimal deemed() {
        return deemed;
    }

    /** 视同 plus actual years before the account; with 视同 only given, those, and a warning. */
    BigDecimal beforeAccount(Status status) {
        if (beforeAccountFromDeemed) {
            status.add(StatusCode.DEEMED_YEARS_USED, "yearsBeforeAccount", "本地区按建账前年限（视同缴费年限加建账前实际缴费年限）"
                    + "计算；未提供 yearsBeforeAccount，按视同缴费年限 " + beforeAccount.toPlainString() + " 年计算，可能偏低",
                    "the region counts the years before personal accounts (deemed plus actual contributions before"
                    + " them); yearsBeforeAccount was not given, so the " + beforeAccount.toPlainString()
                    + " deemed years were used, which may understate it");
        }
        return beforeAccount;
    }

    BigDecimal of(PensionComponent.Years years, Status status) {
        return switch (years) {
            case CONTRIBUTION -> contribution;
            case DEEMED -> deemed;
            case BEFORE_ACCOUNT -> beforeAccount(status);
            case ACTUAL_BEFORE_ACCOUNT -> actualBeforeAccount;
            case ACTUAL -> difference(contribution, deemed);
        };
    }

    /** The request field a count comes from, to name it when the count is unknown. */
    static String requestField(PensionComponent.Years years) {
        return switch (years) {
            case CONTRIBUTION -> "contributionYears";
            case DEEMED, ACTUAL -> "deemedYears";
            case BEFORE_ACCOUNT -> "yearsBeforeAccount";
            case ACTUAL_BEFORE_ACCOUNT -> "actualYearsBeforeAccount";
        };
    }

    private static BigDecimal roundOrNull(BigDecimal years, UnaryOperator<BigDecimal> round) {
        return years == null ? null : round.apply(years);
    }

    private static BigDecimal difference(BigDecimal minuend, BigDecimal subtrahend) {
        return minuend == null || subtrahend == null ? null : minuend.subtract(subtrahend);
    }
}
