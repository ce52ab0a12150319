package org.shebao.calcservice.calc.salary;

import static org.shebao.calcservice.calc.InputChecks.nonNegative;
import static org.shebao.calcservice.calc.InputChecks.nonNegativeOr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.salary.TakeHomeRequest.MonthInput;
import org.shebao.calcservice.calc.salary.TakeHomeRequest.SpecialDeductionClaims;
import org.shebao.calcservice.calc.salary.TakeHomeResult.Annual;
import org.shebao.calcservice.calc.salary.TakeHomeResult.Bonus;
import org.shebao.calcservice.calc.salary.TakeHomeResult.BonusMethod;
import org.shebao.contract.payload.IncomeTaxPolicy;
import org.shebao.contract.payload.IncomeTaxPolicy.Bracket;
import org.shebao.contract.payload.Rounding;

/**
 * 到手工资: 个人所得税 withheld from wages by the 累计预扣法 and what is left of the pay.
 *
 * <p>Each month: 累计应纳税所得额 = Σ (gross − employee contributions − housing fund − 5,000 − 专项附加扣除 − other
 * deductions) over the months employed so far; 累计应纳税额 = that × rate − 速算扣除数 of the annual table (never
 * negative); this month's withholding = 累计应纳税额 − tax already withheld (never negative). The year's tax is the annual
 * table on the year's total; when the cumulative income ever falls, withholding ran ahead and the 年度汇算 refunds the
 * difference. A 全年一次性奖金 is taxed separately (bonus × the monthly table's rate at bonus ÷ 12 − its 速算扣除数) while the
 * policy allows it, or with the year's wages; both are shown. Tax amounts are rounded to the 分 (half up).
 */
public final class TakeHomeCalculator {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MONTHS_IN_YEAR = BigDecimal.valueOf(12);

    private TakeHomeCalculator() {
    }

    /**
     * @throws InvalidInputException on months out of order or outside 1–12, negative amounts, shares other than 0.5 or
     *                               1, deductions above their legal caps, or rent and loan interest together
     * @throws PolicyGapException    on a 企业年金 deduction when the policy publishes no cap for it
     */
    public static TakeHomeResult calculate(TakeHomeRequest request, SourcedPolicy<IncomeTaxPolicy> policy,
            Trace trace) {
        IncomeTaxPolicy tax = policy.payload();
        PolicyRef ref = policy.ref();
        List<MonthInput> months = checkMonths(request.months());
        BigDecimal special = specialDeductions(request.specialDeductions(), tax.specialDeductions());
        BigDecimal certificate = request.specialDeductions() != null && request.specialDeductions()
                .certificateThisYear() ? tax.specialDeductions().continuingEducationCertificateAnnual() : BigDecimal.ZERO;
        BigDecimal privatePension = privatePensionPerMonth(request, tax, months.size());
        BigDecimal annuity = nonNegativeOr("enterpriseAnnuityMonthly", request.enterpriseAnnuityMonthly(),
                BigDecimal.ZERO);

        List<TakeHomeResult.Month> results = new ArrayList<>();
        BigDecimal cumulativeTaxable = BigDecimal.ZERO;
        BigDecimal withheld = BigDecimal.ZERO;
        for (int i = 0; i < months.size(); i++) {
            MonthInput month = months.get(i);
            String field = "months[" + i + "]";
            checkAnnuityCap(annuity, month, policy, field);
            BigDecimal monthSpecial = i == 0 ? special.add(certificate) : special;
            BigDecimal other = annuity.add(privatePension);
            BigDecimal known = cumulativeTaxable == null || month.employeeSocialInsurance() == null
                    || month.housingFund() == null ? null
                    : month.gross().subtract(month.employeeSocialInsurance()).subtract(month.housingFund())
                            .subtract(tax.monthlyBasicDeduction()).subtract(monthSpecial).subtract(other);
            cumulativeTaxable = known == null ? null : cumulativeTaxable.add(known);
            BigDecimal cumulativeTax = cumulativeTaxable == null ? null
                    : taxOn(cumulativeTaxable, tax.annualBrackets());
            BigDecimal thisMonth = cumulativeTax == null ? null : cumulativeTax.subtract(withheld).max(BigDecimal.ZERO);
            withheld = thisMonth == null ? null : withheld.add(thisMonth);
            BigDecimal net = Money.sumOrNull(month.gross(), negate(month.employeeSocialInsurance()),
                    negate(month.housingFund()), annuity.negate(), negate(thisMonth));
            results.add(new TakeHomeResult.Month(month.month(), month.gross(), month.employeeSocialInsurance(),
                    month.housingFund(), tax.monthlyBasicDeduction(), monthSpecial, other, cumulativeTaxable,
                    cumulativeTax, thisMonth, net));
            traceMonth(trace, ref, tax, month, monthSpecial, other, cumulativeTaxable, thisMonth);
        }
        Annual annual = annual(results, tax, ref, trace);
        Bonus bonus = request.annualBonus() == null ? null
                : bonus(nonNegative("annualBonus", request.annualBonus()), request.taxYear(), annual, tax, ref, trace);
        return new TakeHomeResult(List.copyOf(results), annual, bonus);
    }

    private static List<MonthInput> checkMonths(List<MonthInput> months) {
        if (months == null || months.isEmpty()) {
            throw new InvalidInputException("months", "is required: at least one month of pay");
        }
        for (int i = 0; i < months.size(); i++) {
            MonthInput month = months.get(i);
            String field = "months[" + i + "]";
            int expected = months.get(0).month() + i;
            if (month.month() < 1 || month.month() > 12 || month.month() != expected) {
                throw new InvalidInputException(field + ".month", "months run from the first month employed to "
                        + "December without gaps; expected " + expected + ", was " + month.month());
            }
            nonNegative(field + ".gross", month.gross());
            if (month.housingFund() != null) {
                nonNegative(field + ".housingFund", month.housingFund());
            }
            if (month.employeeSocialInsurance() != null) {
                nonNegative(field + ".employeeSocialInsurance", month.employeeSocialInsurance());
            }
        }
        return months;
    }

    /** 专项附加扣除 per month from the claims, each checked against what the law allows. */
    private static BigDecimal specialDeductions(SpecialDeductionClaims claims,
            IncomeTaxPolicy.SpecialDeductions amounts) {
        if (claims == null) {
            return BigDecimal.ZERO;
        }
        String prefix = "specialDeductions.";
        BigDecimal total = perChild(claims.infantCareShares(), amounts.infantCarePerChild(),
                prefix + "infantCareShares")
                .add(perChild(claims.childEducationShares(), amounts.childEducationPerChild(),
                        prefix + "childEducationShares"));
        if (claims.continuingEducationDegree()) {
            total = total.add(amounts.continuingEducationDegree());
        }
        if (claims.housingLoanShare() != null && claims.housingRentTier() != null) {
            throw InvalidInputException.exclusive(prefix + "housingLoanShare", prefix + "housingRentTier",
                    "住房租金 and 住房贷款利息 cannot both be deducted in the same year: give one");
        }
        if (claims.housingLoanShare() != null) {
            total = total.add(amounts.housingLoanInterest().multiply(share(claims.housingLoanShare(),
                    prefix + "housingLoanShare")));
        }
        if (claims.housingRentTier() != null) {
            total = total.add(amounts.housingRent().get(claims.housingRentTier()));
        }
        return total.add(elderlySupport(claims, amounts, prefix));
    }

    private static BigDecimal elderlySupport(SpecialDeductionClaims claims, IncomeTaxPolicy.SpecialDeductions amounts,
            String prefix) {
        BigDecimal shared = claims.elderlySupportMonthly();
        if (claims.elderlySupportOnlyChild()) {
            if (shared != null) {
                throw new InvalidInputException(prefix + "elderlySupportMonthly", "an only child deducts the full "
                        + Money.text(amounts.elderlySupportOnlyChild()) + "; a share applies to siblings only");
            }
            return amounts.elderlySupportOnlyChild();
        }
        if (shared == null) {
            return BigDecimal.ZERO;
        }
        if (nonNegative(prefix + "elderlySupportMonthly", shared)
                .compareTo(amounts.elderlySupportSharedMaxPerPerson()) > 0) {
            throw new InvalidInputException(prefix + "elderlySupportMonthly", "a sibling's share is at most "
                    + Money.text(amounts.elderlySupportSharedMaxPerPerson()) + " a month, was " + Money.text(shared));
        }
        return shared;
    }

    private static BigDecimal perChild(List<BigDecimal> shares, BigDecimal amount, String field) {
        BigDecimal total = BigDecimal.ZERO;
        if (shares == null) {
            return total;
        }
        for (int i = 0; i < shares.size(); i++) {
            total = total.add(amount.multiply(share(shares.get(i), field + "[" + i + "]")));
        }
        return total;
    }

    /** Parents (or spouses) split a deduction 50/50, or one of them takes all of it. */
    private static BigDecimal share(BigDecimal share, String field) {
        if (share == null || (share.compareTo(HALF) != 0 && share.compareTo(BigDecimal.ONE) != 0)) {
            throw new InvalidInputException(field, "must be 0.5 or 1, was " + Money.text(share));
        }
        return share;
    }

    private static BigDecimal privatePensionPerMonth(TakeHomeRequest request, IncomeTaxPolicy tax, int months) {
        BigDecimal annual = nonNegativeOr("privatePensionAnnual", request.privatePensionAnnual(), BigDecimal.ZERO);
        if (annual.compareTo(tax.privatePensionAnnualCap()) > 0) {
            throw new InvalidInputException("privatePensionAnnual", "个人养老金 is deductible up to "
                    + Money.text(tax.privatePensionAnnualCap()) + " a year, was " + Money.text(annual));
        }
        return annual.divide(BigDecimal.valueOf(months), Money.DIVISION);
    }

    private static void checkAnnuityCap(BigDecimal annuity, MonthInput month, SourcedPolicy<IncomeTaxPolicy> policy,
            String field) {
        if (annuity.signum() == 0) {
            return;
        }
        IncomeTaxPolicy tax = policy.payload();
        if (tax.enterpriseAnnuityRateCap() == null) {
            throw new PolicyGapException(policy.ref().label() + " publishes no cap for 企业年金 deductions, so "
                    + "enterpriseAnnuityMonthly cannot be checked");
        }
        BigDecimal cap = month.contributionBase() == null ? BigDecimal.ZERO
                : month.contributionBase().multiply(tax.enterpriseAnnuityRateCap());
        if (annuity.compareTo(cap) > 0) {
            throw new InvalidInputException("enterpriseAnnuityMonthly", "企业年金 is deductible up to "
                    + Money.percent(tax.enterpriseAnnuityRateCap()) + " of the contribution base ("
                    + Money.text(cap) + " in " + field + "), was " + Money.text(annuity));
        }
    }

    /** Tax on a taxable amount by a table: amount × rate − 速算扣除数 of its row; nothing on zero or less. */
    private static BigDecimal taxOn(BigDecimal taxable, List<Bracket> brackets) {
        if (taxable.signum() <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        Bracket row = rowFor(taxable, brackets);
        return Rounding.FEN_HALF_UP.apply(taxable.multiply(row.rate()).subtract(row.quickDeduction())
                .max(BigDecimal.ZERO));
    }

    private static Annual annual(List<TakeHomeResult.Month> months, IncomeTaxPolicy tax, PolicyRef ref,
            Trace trace) {
        TakeHomeResult.Month last = months.get(months.size() - 1);
        BigDecimal taxable = last.cumulativeTaxableIncome() == null ? null
                : last.cumulativeTaxableIncome().max(BigDecimal.ZERO);
        BigDecimal annualTax = taxable == null ? null : taxOn(taxable, tax.annualBrackets());
        BigDecimal withheld = sum(months, TakeHomeResult.Month::taxWithheld);
        BigDecimal settlement = withheld == null ? null : withheld.subtract(annualTax);
        trace.step("年度汇算", "tax withheld − annual table(annual taxable income)", settlement, in -> in
                .calculated("taxWithheld", withheld)
                .calculated("annualTaxableIncome", taxable)
                .policy("annualBrackets", "综合所得税率表", ref));
        return new Annual(sum(months, TakeHomeResult.Month::gross),
                sum(months, TakeHomeResult.Month::employeeSocialInsurance), sum(months, TakeHomeResult.Month::housingFund),
                taxable, withheld, annualTax, settlement, sum(months, TakeHomeResult.Month::netPay));
    }

    private static Bonus bonus(BigDecimal amount, int taxYear, Annual annual, IncomeTaxPolicy tax, PolicyRef ref,
            Trace trace) {
        boolean separateAllowed = tax.bonusSeparateTaxationUntil() != null
                && tax.bonusSeparateTaxationUntil().getYear() >= taxYear;
        BigDecimal separate = null;
        if (separateAllowed) {
            Bracket row = rowFor(amount.divide(MONTHS_IN_YEAR, Money.DIVISION), tax.monthlyBrackets());
            separate = Rounding.FEN_HALF_UP.apply(amount.multiply(row.rate()).subtract(row.quickDeduction())
                    .max(BigDecimal.ZERO));
        }
        BigDecimal combined = annual.taxableIncome() == null ? null
                : taxOn(annual.taxableIncome().add(amount), tax.annualBrackets()).subtract(annual.annualTax());
        BonusMethod lower = separate == null ? BonusMethod.COMBINED
                : combined == null || separate.compareTo(combined) <= 0 ? BonusMethod.SEPARATE : BonusMethod.COMBINED;
        BigDecimal separateTax = separate;
        trace.step("全年一次性奖金", "separate: bonus × rate(bonus ÷ 12) − quick deduction; combined: annual tax with "
                + "the bonus − annual tax without", lower, in -> in
                .request("annualBonus", amount)
                .calculated("separateTax", separateTax)
                .calculated("combinedTax", combined)
                .policy("bonusSeparateTaxationUntil", tax.bonusSeparateTaxationUntil(), ref));
        return new Bonus(amount, separate, combined, lower);
    }

    /** The row whose range holds {@code amount}: the last one it exceeds the start of. */
    private static Bracket rowFor(BigDecimal amount, List<Bracket> brackets) {
        Bracket row = brackets.get(0);
        for (Bracket bracket : brackets) {
            if (amount.compareTo(bracket.from()) > 0) {
                row = bracket;
            }
        }
        return row;
    }

    private static void traceMonth(Trace trace, PolicyRef ref, IncomeTaxPolicy tax, MonthInput month,
            BigDecimal special, BigDecimal other, BigDecimal cumulativeTaxable, BigDecimal withheld) {
        trace.step("tax withheld month " + month.month(), "annual table(Σ gross − contributions − housing fund − "
                + "basic deduction − special − other) − withheld before", withheld, in -> in
                .request("gross", month.gross())
                .calculated("employeeSocialInsurance", month.employeeSocialInsurance())
                .calculated("housingFund", month.housingFund())
                .policy("monthlyBasicDeduction", tax.monthlyBasicDeduction(), ref)
                .calculated("specialDeductions", special)
                .calculated("otherDeductions", other)
                .calculated("cumulativeTaxableIncome", cumulativeTaxable));
    }

    private static BigDecimal negate(BigDecimal amount) {
        return amount == null ? null : amount.negate();
    }

    private static BigDecimal sum(List<TakeHomeResult.Month> months, Function<TakeHomeResult.Month, BigDecimal> figure) {
        return Money.sumOrNull(months.stream().map(figure).toArray(BigDecimal[]::new));
    }
}
