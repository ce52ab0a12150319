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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The field of a line's rate in a bill's findings: {@code lines[1].employerRate}. */
    private static final Pattern LINE_RATE = Pattern.compile("lines\\[(\\d+)]\\.(employer|employee)Rate");

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
        boolean paidGiven = input.paid() != null;
        ContributionResult billed = paidGiven ? null : billed(bill, versions.then(), trace);
        Map<InsuranceType, PaidLine> paid = paid(input, billed);

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
        carry(status, field, due, lines, "Due", month + "：", month + ": ");
        if (billed != null) {
            carry(status, field, billed, lines, "Paid", month + "（原缴费）：", month + " (as billed): ");
        }
        unknownLines(status, field, lines, due, billed);
        unknownSum(status, field + ".owed", owed, (i, side) -> field + ".lines[" + i + "]." + side + "Owed",
                lines.size());
        return new AdjustmentResult.Month(month, lines, owed);
    }

    /**
     * Carries a bill's findings over to the month, each placed on the adjustment line of its insurance
     * ({@code lines[1].employerRate} of the bill → {@code months[0].lines[j].employerDue} or {@code …Paid}) and its text
     * prefixed with the month. Personal accounts are not part of a 补差.
     */
    private static void carry(Status status, String month, ContributionResult bill, List<AdjustmentResult.Line> lines,
            String figure, String zhPrefix, String enPrefix) {
        for (Finding finding : bill.status().findings()) {
            String field = finding.field();
            if (field != null && field.startsWith("personalAccounts")) {
                continue;
            }
            Matcher rate = LINE_RATE.matcher(field == null ? "" : field);
            if (rate.matches()) {
                InsuranceType insurance = bill.lines().get(Integer.parseInt(rate.group(1))).insurance();
                field = month + ".lines[" + indexOf(lines, insurance) + "]." + rate.group(2) + figure;
            }
            status.add(new Finding(finding.code(), field, zhPrefix + finding.zh(), enPrefix + finding.en()));
        }
    }

    /** Notes each unknown figure of the month's lines: due under the policy now, paid as billed, and so owed. */
    private static void unknownLines(Status status, String month, List<AdjustmentResult.Line> lines,
            ContributionResult due, ContributionResult billed) {
        for (int j = 0; j < lines.size(); j++) {
            AdjustmentResult.Line line = lines.get(j);
            String at = month + ".lines[" + j + "].";
            for (String side : List.of("employer", "employee")) {
                boolean employer = side.equals("employer");
                StatusCode dueReason = reason(due, line.insurance(), side);
                StatusCode paidReason = billed == null ? null : reason(billed, line.insurance(), side);
                status.unknownIfNull(at + side + "Due", employer ? line.employerDue() : line.employeeDue(), dueReason);
                status.unknownIfNull(at + side + "Paid", employer ? line.employerPaid() : line.employeePaid(),
                        paidReason);
                status.unknownIfNull(at + side + "Owed", employer ? line.employerOwed() : line.employeeOwed(),
                        dueReason != null ? dueReason : paidReason);
            }
        }
    }

    /** Why a bill's amount of that insurance and side is unknown; null when it is known or the bill has no such line. */
    private static StatusCode reason(ContributionResult bill, InsuranceType insurance, String side) {
        for (int k = 0; k < bill.lines().size(); k++) {
            if (bill.lines().get(k).insurance() == insurance) {
                return bill.status().reasonOf("lines[" + k + "]." + side + "Amount");
            }
        }
        return null;
    }

    private static int indexOf(List<AdjustmentResult.Line> lines, InsuranceType insurance) {
        for (int j = 0; j < lines.size(); j++) {
            if (lines.get(j).insurance() == insurance) {
                return j;
            }
        }
        throw new IllegalStateException(insurance + " has no adjustment line");
    }

    /** What is owed: unknown while what is due or what was paid is unknown. */
    private static BigDecimal owed(BigDecimal due, BigDecimal paid) {
        return due == null || paid == null ? null : due.subtract(paid);
    }

    /** The bill of the month under the version it was billed under, when the caller gave no amounts paid. */
    private static ContributionResult billed(ContributionRequest bill, SourcedPolicy<ContributionPolicy> then,
            Trace trace) {
        if (then == null) {
            throw new PolicyGapException("no amounts paid given and no policy then known for " + bill.month());
        }
        trace.step("paid", "the bill under the policy then in force", bill.month(), in -> in
                .policy("policy then", then.ref().label(), then.ref()));
        return ContributionCalculator.calculate(bill, then, trace);
    }

    /** What was paid per insurance: as the caller gave it, or as billed. */
    private static Map<InsuranceType, PaidLine> paid(AdjustmentRequest.Month input, ContributionResult billed) {
        Map<InsuranceType, PaidLine> paid = new LinkedHashMap<>();
        if (billed == null) {
            input.paid().forEach(line -> paid.merge(line.insurance(), line, (a, b) -> new PaidLine(a.insurance(),
                    Money.sum(a.employer(), b.employer()), Money.sum(a.employee(), b.employee()))));
        } else {
            billed.lines().forEach(line -> paid.put(line.insurance(),
                    new PaidLine(line.insurance(), line.employerAmount(), line.employeeAmount())));
        }
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
