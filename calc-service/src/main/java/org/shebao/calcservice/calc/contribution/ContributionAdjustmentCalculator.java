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
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.Money;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
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
        Status status = new Status();
        Set<YearMonth> seen = new HashSet<>();
        List<AdjustmentResult.Month> results = new ArrayList<>();
        BigDecimal employer = BigDecimal.ZERO;
        BigDecimal employee = BigDecimal.ZERO;
        for (int i = 0; i < months.size(); i++) {
            AdjustmentResult.Month month = month(i, months.get(i), type, request.workInjuryRate(), policies, seen,
                    status, trace);
            results.add(month);
            employer = Money.sumOrNull(employer, month.owed().employer());
            employee = Money.sumOrNull(employee, month.owed().employee());
        }
        Totals totals = new Totals(employer, employee, Money.sumOrNull(employer, employee));
        unknownSum(status, "totals", totals, (i, side) -> "months[" + i + "].owed." + side, results.size());
        return new AdjustmentResult(results, totals, status.report());
    }

    /** Notes the unknown sides of a sum, each with the reason of the first unknown term on its side. */
    private static void unknownSum(Status status, String field, Totals sum, BiFunction<Integer, String, String> term,
            int terms) {
        Status.Report found = status.report();
        StatusCode employer = firstReason(found, term, "employer", terms);
        StatusCode employee = firstReason(found, term, "employee", terms);
        status.unknownIfNull(field + ".employer", sum.employer(), employer);
        status.unknownIfNull(field + ".employee", sum.employee(), employee);
        status.unknownIfNull(field + ".total", sum.total(), employer != null ? employer : employee);
    }

    private static StatusCode firstReason(Status.Report found, BiFunction<Integer, String, String> term, String side,
            int terms) {
        return IntStream.range(0, terms).mapToObj(i -> found.reasonOf(term.apply(i, side))).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static AdjustmentResult.Month month(int index, AdjustmentRequest.Month input, ParticipantType type,
            BigDecimal workInjuryRate, Map<YearMonth, AdjustmentPolicies> policies, Set<YearMonth> seen,
            Status status, Trace trace) {
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
        due.status().findings().stream().filter(f -> f.field() == null || !f.field().startsWith("personalAccounts"))
                .forEach(f -> status.add(new Finding(f.code(), relocated(field, f.field(), "Due"), month + "：" + f.zh(),
                        month + ": " + f.en())));
        Status billedStatus = new Status();
        Map<InsuranceType, PaidLine> paid = paid(input, bill, versions.then(), billedStatus, trace);
        Status.Report billed = billedStatus.report();
        billed.findings().stream().filter(f -> f.field() == null || !f.field().startsWith("personalAccounts"))
                .forEach(f -> status.add(new Finding(f.code(), relocated(field, f.field(), "Paid"),
                        month + "（原缴费）：" + f.zh(), month + " (as billed): " + f.en())));
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
        Totals owed = new Totals(employer, employee, Money.sumOrNull(employer, employee));
        unknownLines(status, field, lines, due.status(), billed);
        unknownSum(status, field + ".owed", owed, (i, side) -> field + ".lines[" + i + "]." + side + "Owed",
                lines.size());
        return new AdjustmentResult.Month(month, lines, owed);
    }

    /** A finding of a bill placed on the adjustment line it concerns: {@code lines[1].employerRate} → …Due/…Paid. */
    private static String relocated(String month, String field, String figure) {
        return field == null ? null : month + "." + field.replace("Rate", figure);
    }

    /** Notes each unknown figure of the month's lines: due under the policy now, paid as billed, and so owed. */
    private static void unknownLines(Status status, String month, List<AdjustmentResult.Line> lines,
            Status.Report due, Status.Report billed) {
        for (int j = 0; j < lines.size(); j++) {
            AdjustmentResult.Line line = lines.get(j);
            String at = month + ".lines[" + j + "].";
            for (String side : List.of("employer", "employee")) {
                boolean employer = side.equals("employer");
                StatusCode dueReason = due.reasonOf("lines[" + j + "]." + side + "Amount");
                StatusCode paidReason = billed.reasonOf("lines[" + j + "]." + side + "Amount");
                status.unknownIfNull(at + side + "Due", employer ? line.employerDue() : line.employeeDue(), dueReason);
                status.unknownIfNull(at + side + "Paid", employer ? line.employerPaid() : line.employeePaid(),
                        paidReason);
                status.unknownIfNull(at + side + "Owed", employer ? line.employerOwed() : line.employeeOwed(),
                        dueReason != null ? dueReason : paidReason);
            }
        }
    }

    /** What is owed: unknown while what is due or what was paid is unknown. */
    private static BigDecimal owed(BigDecimal due, BigDecimal paid) {
        return due == null || paid == null ? null : due.subtract(paid);
    }

    private static Map<InsuranceType, PaidLine> paid(AdjustmentRequest.Month input, ContributionRequest bill,
            SourcedPolicy<ContributionPolicy> then, Status status, Trace trace) {
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
        status.include(billed.status(), "");
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
