package org.shebao.calcservice.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shebao.calcservice.api.ContributionQuery;
import org.shebao.calcservice.api.TakeHomeQuery;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.contribution.ContributionResult;
import org.shebao.calcservice.calc.salary.TakeHomeCalculator;
import org.shebao.calcservice.calc.salary.TakeHomeRequest;
import org.shebao.calcservice.calc.salary.TakeHomeResult;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.IncomeTaxPolicy;
import org.shebao.contract.payload.ParticipantType;

/**
 * 到手工资: each month's employee contributions (and 住房公积金 when rates are given) by the contribution bill of that
 * month, then 个人所得税 by the INCOME_TAX version in force on 1 January of the tax year.
 */
@ApplicationScoped
public class SalaryService {

    private static final int DECEMBER = 12;

    @Inject
    ContributionService contributions;

    @Inject
    PolicyResolver resolver;

    /**
     * The year's answer with the contribution bill of every month, in order.
     *
     * @param provisional per month: whether its bill rests on a version carried past its end (暂按上年度)
     */
    public record TakeHome(List<ContributionResult> bills, List<Boolean> provisional, TakeHomeResult result) {
    }

    public Outcome<TakeHome> calculate(TakeHomeQuery query, boolean explain) {
        Usage usage = new Usage(explain);
        List<BigDecimal> gross = grossByMonth(query);
        boolean housingFund = query.housingFundEmployeeRate() != null || query.housingFundEmployerRate() != null;
        Status status = new Status();
        Set<String> said = new HashSet<>();
        List<ContributionResult> bills = new ArrayList<>();
        List<Boolean> provisional = new ArrayList<>();
        List<TakeHomeRequest.MonthInput> months = new ArrayList<>();
        for (int i = 0; i < gross.size(); i++) {
            int month = query.firstMonth() + i;
            BigDecimal wage = query.contributionBase() != null ? query.contributionBase() : gross.get(i);
            YearMonth billed = YearMonth.of(query.taxYear(), month);
            ContributionResult bill = bill(query, billed, wage, housingFund, i, usage);
            bills.add(bill);
            provisional.add(resolver.resolve(query.regionCode(), "regionCode", PolicyKind.CONTRIBUTION,
                    billed.atDay(1)).carriedForward());
            String prefix = "months[" + i + "].contributions.";
            bill.status().findings().stream().filter(f -> concernsEmployee(f) && said.add(f.code() + f.en()))
                    .forEach(f -> status.add(new Finding(f.code(), f.field() == null ? null : prefix + f.field(),
                            f.zh(), f.en())));
            BigDecimal employee = bill.totals().employee();
            BigDecimal fund = !housingFund ? BigDecimal.ZERO
                    : bill.housingFund() == null ? null : bill.housingFund().employeeAmount();
            unknownIfNull(status, "months[" + i + "].employeeSocialInsurance", employee,
                    bill.status().reasonOf("totals.employee"));
            unknownIfNull(status, "months[" + i + "].housingFund", fund, StatusCode.NO_HOUSING_FUND_RULE);
            months.add(new TakeHomeRequest.MonthInput(month, gross.get(i), wage, employee, fund));
        }
        TakeHomeRequest request = new TakeHomeRequest(query.taxYear(), months,
                query.specialDeductions() == null ? null : query.specialDeductions().toClaims(),
                query.privatePensionAnnual(), query.enterpriseAnnuityMonthly(), query.annualBonus());
        ResolvedPolicy tax = resolver.resolve(query.regionCode(), "regionCode", PolicyKind.INCOME_TAX,
                LocalDate.of(query.taxYear(), 1, 1));
        TakeHomeResult result = TakeHomeCalculator.calculate(request, usage.use(tax, IncomeTaxPolicy.class),
                usage.trace());
        unknownFigures(result, status);
        return usage.outcome(new TakeHome(List.copyOf(bills), List.copyOf(provisional), result), status.report());
    }

    /** One gross figure per month from {@code firstMonth} to December, from exactly one of the two fields. */
    private static List<BigDecimal> grossByMonth(TakeHomeQuery query) {
        int count = DECEMBER - query.firstMonth() + 1;
        if (query.monthlyGross() != null && query.grossByMonth() != null) {
            throw InvalidInputException.exclusive("monthlyGross", "grossByMonth",
                    "give monthlyGross or grossByMonth, not both");
        }
        if (query.monthlyGross() != null) {
            return Collections.nCopies(count, query.monthlyGross());
        }
        if (query.grossByMonth() == null) {
            throw new InvalidInputException("monthlyGross", "is required, or grossByMonth (one figure per month)");
        }
        if (query.grossByMonth().size() != count) {
            throw new InvalidInputException("grossByMonth", "needs one figure per month from month "
                    + query.firstMonth() + " to 12: " + count + ", was " + query.grossByMonth().size());
        }
        return query.grossByMonth();
    }

    /** The employee's bill of one month; a bad input is named by the take-home request's own field. */
    private ContributionResult bill(TakeHomeQuery query, YearMonth month, BigDecimal wage, boolean housingFund,
            int index, Usage usage) {
        ContributionQuery bill = new ContributionQuery(query.regionCode(), ParticipantType.EMPLOYEE, month, wage, null,
                null, housingFund, query.housingFundEmployerRate(), query.housingFundEmployeeRate(), null);
        try {
            return contributions.bill(bill, usage);
        } catch (InvalidInputException e) {
            if (!"wage".equals(e.field())) {
                throw e;
            }
            String field = query.contributionBase() != null ? "contributionBase"
                    : query.monthlyGross() != null ? "monthlyGross" : "grossByMonth[" + index + "]";
            throw new InvalidInputException(field, e.reason());
        }
    }

    /** What a bill says about the employer side or the personal accounts does not touch take-home pay. */
    private static boolean concernsEmployee(Finding finding) {
        String field = finding.field();
        return field == null || !(field.contains("employer") || field.startsWith("personalAccounts"));
    }

    private static void unknownIfNull(Status status, String field, BigDecimal value, StatusCode reason) {
        status.unknownIfNull(field, value, reason != null ? reason : StatusCode.RATE_NOT_PUBLISHED);
    }

    /** The tax figures left null because a month's contributions are unknown, for the same reason. */
    private static void unknownFigures(TakeHomeResult result, Status status) {
        StatusCode reason = status.reasonUnder("months[");
        if (reason == null) {
            return;
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < result.months().size(); i++) {
            TakeHomeResult.Month month = result.months().get(i);
            String prefix = "months[" + i + "].";
            figures.put(prefix + "cumulativeTaxableIncome", month.cumulativeTaxableIncome());
            figures.put(prefix + "cumulativeTax", month.cumulativeTax());
            figures.put(prefix + "taxWithheld", month.taxWithheld());
            figures.put(prefix + "netPay", month.netPay());
        }
        TakeHomeResult.Annual annual = result.annual();
        figures.put("annual.employeeSocialInsurance", annual.employeeSocialInsurance());
        figures.put("annual.housingFund", annual.housingFund());
        figures.put("annual.taxableIncome", annual.taxableIncome());
        figures.put("annual.taxWithheld", annual.taxWithheld());
        figures.put("annual.annualTax", annual.annualTax());
        figures.put("annual.settlement", annual.settlement());
        figures.put("annual.netPay", annual.netPay());
        if (result.bonus() != null) {
            figures.put("bonus.combinedTax", result.bonus().combinedTax());
        }
        figures.forEach((field, value) -> status.unknownIfNull(field, value, reason));
    }
}
