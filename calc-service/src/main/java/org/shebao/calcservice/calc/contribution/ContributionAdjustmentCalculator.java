package org.shebao.calcservice.calc.contribution;

import static org.shebao.calcservice.calc.InputChecks.positive;
import static org.shebao.calcservice.calc.InputChecks.required;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.contribution.AdjustmentRequest.PaidLine;
import org.shebao.calcservice.calc.contribution.ContributionResult.Totals;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;

/**
 * 补差 (retroactive re-rating): for each month already billed, the bill under the policy now in force for that month
 * ({@link ContributionCalculator}) minus what was paid, per line and side.
 *
 * <p>What was paid is either stated by the caller or recomputed from the policy then in force with the same wage. The
 * caller (the service) resolves both versions per month and passes them as {@link AdjustmentPolicies}, so this stays a
 * pure function of its arguments.
 */
public final class ContributionAdjustmentCalculator {

    private ContributionAdjustmentCalculator() {
    }

    public static AdjustmentResult calculate(AdjustmentRequest request, Map<YearMonth, AdjustmentPolicies> policies) {
        return calculate(request, policies, Trace.NONE);
    }

    /**
     * @param policies per billed month: the version billed under (optional when paid amounts are given) and the
     *                 version in force now
     * @throws InvalidInputException on a missing participant type, no months, a month given twice, a wage ≤ 0
     * @throws PolicyGapException    when a month has no policy now, or neither paid amounts nor a policy then
     */
    public static AdjustmentResult calculate(AdjustmentRequest request, Map<YearMonth, AdjustmentPolicies> policies,
            Trace trace) {
        ParticipantType type = required("participantType", request.participantType());
        List<AdjustmentRequest.Month> months = required("months", request.months());
        if (months.isEmpty()) {
            throw new InvalidInputException("months", "must list at least one month");
        }
        List<String> warnings = new ArrayList<>();
        Set<YearMonth> seen = new HashSet<>();
        List<AdjustmentResult.Month> results = new ArrayList<>();
        BigDecimal employer = BigDecimal.ZERO;
        BigDecimal employee = BigDecimal.ZERO;
        for (int i = 0; i < months.size(); i++) {
            AdjustmentResult.Month month = month(i, months.get(i), type, request.workInjuryRate(), policies, seen,
                    warnings, trace);
            results.add(month);
            employer = Money.sumOrNull(employer, month.owed().employer());
            employee = Money.sumOrNull(employee, month.owed().employee());
        }
        return new AdjustmentResult(results, new Totals(employer, employee, Money.sumOrNull(employer, employee)),
                List.copyOf(warnings));
    }

    private static AdjustmentResult.Month month(int index, AdjustmentRequest.Month input, ParticipantType type,
            BigDecimal workInjuryRate, Map<YearMonth, AdjustmentPolicies> policies, Set<YearMonth> seen,
            List<String> warnings, Trace trace) {
        String field = "months[" + index + "]";
        YearMonth month = required(field + ".month", input.month());
        if (!seen.add(month)) {
            throw new InvalidInputException(field + ".month", month + " appears more than once");
        }
        BigDecimal wage = positive(field + ".wage", input.wage());
        AdjustmentPolicies versions = policies.get(month);
        if (versions == null || versions.now() == null) {
            throw new PolicyGapException("no contribution policy in force for " + month);
        }
        ContributionRequest bill = new ContributionRequest(type, month, wage, workInjuryRate, false, null, null);

        trace.step("month", "due under the policy now − paid", month, in -> in
                .request("month", month)
                .policy("policy now", versions.now().ref().label(), versions.now().ref()));
        ContributionResult due = ContributionCalculator.calculate(bill, versions.now(), trace);
        due.warnings().forEach(w -> warnings.add(month + ": " + w));
        Map<InsuranceType, PaidLine> paid = paid(input, bill, versions.then(), warnings, trace);
        boolean paidGiven = input.paid() != null;

        List<AdjustmentResult.Line> lines = new ArrayList<>();
        for (ContributionResult.Line line : due.lines()) {
            PaidLine before = paid.remove(line.insurance());
            lines.add(line(line.insurance(), line.label(), before, paidGiven, line.employerAmount(),
                    line.employeeAmount()));
        }
        // Lines billed then but no longer in the policy (生育 merged into 医疗): all of it was overpaid.
        for (PaidLine before : paid.values()) {
            lines.add(line(before.insurance(), before.insurance().name(), before, paidGiven, BigDecimal.ZERO,
                    BigDecimal.ZERO));
        }
        BigDecimal employer = owed(due.totals().employer(), sum(lines, true));
        BigDecimal employee = owed(due.totals().employee(), sum(lines, false));
        return new AdjustmentResult.Month(month, lines,
                new Totals(employer, employee, Money.sumOrNull(employer, employee)));
    }

    /** What is owed: unknown while what is due or what was paid is unknown. */
    private static BigDecimal owed(BigDecimal due, BigDecimal paid) {
        return due == null || paid == null ? null : due.subtract(paid);
    }

    private static Map<InsuranceType, PaidLine> paid(AdjustmentRequest.Month input, ContributionRequest bill,
            SourcedPolicy<ContributionPolicy> then, List<String> warnings, Trace trace) {
        Map<InsuranceType, PaidLine> paid = new LinkedHashMap<>();
        if (input.paid() != null) {
            input.paid().forEach(line -> paid.merge(line.insurance(), line, (a, b) -> new PaidLine(a.insurance(),
                    Money.sum(a.employer(), b.employer()), Money.sum(a.employee(), b.employee()))));
            return paid;
        }
        if (then == null) {
            throw new PolicyGapException("no amounts paid given and no policy then known for " + bill.month());
        }
        trace.step("paid", "the bill under the policy then in force", bill.month(), in -> in
                .policy("policy then", then.ref().label(), then.ref()));
        ContributionResult billed = ContributionCalculator.calculate(bill, then, trace);
        billed.warnings().forEach(w -> warnings.add(bill.month() + " (as billed): " + w));
        billed.lines().forEach(line -> paid.put(line.insurance(),
                new PaidLine(line.insurance(), line.employerAmount(), line.employeeAmount())));
        return paid;
    }

    /**
     * One line's paid, due and owed amounts. A side the caller left out of what they paid counts as 0; a side the
     * version billed under did not publish is unknown, and so is what is owed on it.
     */
    private static AdjustmentResult.Line line(InsuranceType insurance, String label, PaidLine before,
            boolean paidGiven, BigDecimal employerDue, BigDecimal employeeDue) {
        BigDecimal employerPaid = paidAmount(before == null ? BigDecimal.ZERO : before.employer(), paidGiven);
        BigDecimal employeePaid = paidAmount(before == null ? BigDecimal.ZERO : before.employee(), paidGiven);
        return new AdjustmentResult.Line(insurance, label, employerPaid, employeePaid, employerDue, employeeDue,
                owed(employerDue, employerPaid), owed(employeeDue, employeePaid));
    }

    private static BigDecimal paidAmount(BigDecimal paid, boolean paidGiven) {
        return paid == null && paidGiven ? BigDecimal.ZERO : paid;
    }

    /** Σ paid on one side over the lines whose due amount is known (the due totals leave the others out too). */
    /** What was paid on one side over the lines still due; unknown when one of those payments is unknown. */
    private static BigDecimal sum(List<AdjustmentResult.Line> lines, boolean employer) {
        BigDecimal total = BigDecimal.ZERO;
        for (AdjustmentResult.Line line : lines) {
            if ((employer ? line.employerDue() : line.employeeDue()) != null) {
                total = Money.sumOrNull(total, employer ? line.employerPaid() : line.employeePaid());
            }
        }
        return total;
    }
}
