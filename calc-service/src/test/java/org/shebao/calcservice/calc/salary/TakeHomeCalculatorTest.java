package org.shebao.calcservice.calc.salary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyData;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Trace;
import org.shebao.calcservice.calc.contribution.ContributionCalculator;
import org.shebao.calcservice.calc.contribution.ContributionRequest;
import org.shebao.calcservice.calc.contribution.ContributionResult;
import org.shebao.calcservice.calc.salary.TakeHomeRequest.MonthInput;
import org.shebao.calcservice.calc.salary.TakeHomeRequest.SpecialDeductionClaims;
import org.shebao.calcservice.calc.salary.TakeHomeResult.BonusMethod;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.IncomeTaxPolicy;
import org.shebao.contract.payload.IncomeTaxPolicy.CityTier;
import org.shebao.contract.payload.ParticipantType;

/** 累计预扣法 and the 年度汇算 on the national INCOME_TAX data (docs/domain/rules.md §9.5). */
class TakeHomeCalculatorTest {

    private static final BigDecimal TWENTY_THOUSAND = new BigDecimal("20000");

    private static SourcedPolicy<IncomeTaxPolicy> tax(int year) {
        return PolicyData.inForce("100000-national", PolicyKind.INCOME_TAX, LocalDate.of(year, 1, 1));
    }

    private static TakeHomeResult calculate(TakeHomeRequest request) {
        return TakeHomeCalculator.calculate(request, tax(request.taxYear()), Trace.NONE);
    }

    private static TakeHomeRequest year(int taxYear, List<MonthInput> months) {
        return new TakeHomeRequest(taxYear, months, null, null, null, null);
    }

    /** The same pay every month, with a fixed employee contribution and housing fund. */
    private static List<MonthInput> flat(int from, String gross, String contributions, String housingFund) {
        return IntStream.rangeClosed(from, 12).mapToObj(m -> new MonthInput(m, new BigDecimal(gross),
                new BigDecimal(gross), new BigDecimal(contributions), new BigDecimal(housingFund))).toList();
    }

    /**
     * §9.5 worked example: 北京, 2026, 20,000 a month on a base of 20,000, housing fund 12 %: employee contributions
     * 2,103 (1,600 + 403 + 100, from the 北京 data of each month), monthly taxable 10,497.
     */
    @Test
    void beijingWorkedExample() {
        List<MonthInput> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(2026, m);
            SourcedPolicy<ContributionPolicy> beijing = PolicyData.inForce("110000-beijing", PolicyKind.CONTRIBUTION,
                    month.atDay(1));
            ContributionResult bill = ContributionCalculator.calculate(
                    ContributionRequest.of(ParticipantType.EMPLOYEE, month, TWENTY_THOUSAND), beijing);
            assertThat(bill.totals().employee()).as("employee contributions in %s", month).isEqualByComparingTo("2103");
            months.add(new MonthInput(m, TWENTY_THOUSAND, TWENTY_THOUSAND, bill.totals().employee(),
                    new BigDecimal("2400")));
        }

        TakeHomeResult result = calculate(year(2026, months));

        assertThat(result.months()).extracting(TakeHomeResult.Month::taxWithheld).map(BigDecimal::toPlainString)
                .containsExactly("314.91", "314.91", "314.91", "734.07", "1049.70", "1049.70", "1049.70", "1049.70",
                        "1049.70", "1049.70", "1049.70", "1049.70");
        assertThat(result.months().get(0).cumulativeTaxableIncome()).isEqualByComparingTo("10497");
        assertThat(result.months().get(0).netPay()).isEqualByComparingTo("15182.09");
        assertThat(result.annual().taxableIncome()).isEqualByComparingTo("125964");
        assertThat(result.annual().taxWithheld()).isEqualByComparingTo("10076.40");
        assertThat(result.annual().annualTax()).isEqualByComparingTo("10076.40");
        assertThat(result.annual().settlement()).isEqualByComparingTo("0");
    }

    @Test
    void whileCumulativeIncomeNeverFallsTheMonthlyTaxesAddUpToTheAnnualTax() {
        Random random = new Random(20261130);
        for (int run = 0; run < 200; run++) {
            int first = 1 + random.nextInt(12);
            List<MonthInput> months = new ArrayList<>();
            for (int m = first; m <= 12; m++) {
                // at least the basic deduction plus contributions, so each month adds to the cumulative income
                BigDecimal gross = BigDecimal.valueOf(6_000 + random.nextInt(120_000));
                months.add(new MonthInput(m, gross, gross, new BigDecimal("500.55"), BigDecimal.ZERO));
            }
            TakeHomeResult result = calculate(year(2026, months));

            assertThat(result.annual().taxWithheld()).as("run %d", run)
                    .isEqualByComparingTo(result.annual().annualTax());
            assertThat(result.annual().settlement()).isEqualByComparingTo("0");
        }
    }

    @Test
    void whenIncomeFallsWithholdingRunsAheadAndTheAnnualSettlementRefunds() {
        List<MonthInput> months = new ArrayList<>(flat(1, "50000", "0", "0").subList(0, 1));
        months.addAll(flat(2, "3000", "0", "0"));

        TakeHomeResult result = calculate(year(2026, months));

        // January: 45,000 taxable → 45,000 × 10 % − 2,520; later months owe nothing and get nothing back
        assertThat(result.months().get(0).taxWithheld()).isEqualByComparingTo("1980.00");
        assertThat(result.months().subList(1, 12)).allSatisfy(m -> assertThat(m.taxWithheld()).isZero());
        // the year: 50,000 + 33,000 − 60,000 = 23,000 → 690
        assertThat(result.annual().annualTax()).isEqualByComparingTo("690.00");
        assertThat(result.annual().settlement()).isEqualByComparingTo("1290.00");
    }

    @Test
    void theBasicDeductionCountsFromTheFirstMonthEmployed() {
        TakeHomeResult result = calculate(year(2026, flat(7, "10000", "0", "0")));

        assertThat(result.months()).hasSize(6);
        assertThat(result.annual().taxableIncome()).isEqualByComparingTo("30000");
        assertThat(result.annual().annualTax()).isEqualByComparingTo("900.00");
    }

    @Test
    void specialDeductionsFollowTheLawsSharesAndAmounts() {
        SpecialDeductionClaims claims = new SpecialDeductionClaims(List.of(new BigDecimal("0.5")),
                List.of(BigDecimal.ONE, new BigDecimal("0.5")), true, false, null, CityTier.TIER_1, false,
                new BigDecimal("1000"));
        TakeHomeResult result = calculate(new TakeHomeRequest(2026, flat(1, "30000", "0", "0"), claims, null, null,
                null));

        // 1,000 + 2,000 + 1,000 + 400 + 1,500 + 1,000
        assertThat(result.months().get(0).specialDeductions()).isEqualByComparingTo("6900");
    }

    @Test
    void aBonusIsTaxedUnderBothMethodsAndTheLowerIsNamed() {
        TakeHomeRequest request = new TakeHomeRequest(2026, flat(1, "20000", "2103", "2400"), null, null, null,
                new BigDecimal("36000"));

        TakeHomeResult.Bonus bonus = calculate(request).bonus();

        assertThat(bonus.separateTax()).isEqualByComparingTo("1080.00");
        // 161,964 × 20 % − 16,920 − 10,076.40
        assertThat(bonus.combinedTax()).isEqualByComparingTo("5396.40");
        assertThat(bonus.lower()).isEqualTo(BonusMethod.SEPARATE);
    }

    @Test
    void afterItsEndDateABonusIsNoLongerTaxedSeparately() {
        TakeHomeRequest request = new TakeHomeRequest(2028, flat(1, "20000", "2103", "2400"), null, null, null,
                new BigDecimal("36000"));

        TakeHomeResult.Bonus bonus = calculate(request).bonus();

        assertThat(bonus.separateTax()).isNull();
        assertThat(bonus.lower()).isEqualTo(BonusMethod.COMBINED);
    }

    @Test
    void anUnknownContributionLeavesTheTaxUnknownFromThatMonthOn() {
        List<MonthInput> months = new ArrayList<>(flat(1, "20000", "2103", "0"));
        months.set(3, new MonthInput(4, TWENTY_THOUSAND, TWENTY_THOUSAND, null, BigDecimal.ZERO));

        TakeHomeResult result = calculate(year(2026, months));

        assertThat(result.months().get(2).taxWithheld()).isNotNull();
        assertThat(result.months().subList(3, 12)).allSatisfy(m -> {
            assertThat(m.taxWithheld()).isNull();
            assertThat(m.netPay()).isNull();
        });
        assertThat(result.annual().annualTax()).isNull();
    }

    @Test
    void deductionsBeyondTheLawAreRejectedNamingTheField() {
        assertRejected(new SpecialDeductionClaims(List.of(new BigDecimal("0.7")), null, false, false, null, null,
                false, null), null, "specialDeductions.infantCareShares[0]");
        assertRejected(new SpecialDeductionClaims(null, null, false, false, BigDecimal.ONE, CityTier.TIER_2, false,
                null), null, "specialDeductions.housingLoanShare");
        assertRejected(new SpecialDeductionClaims(null, null, false, false, null, null, false,
                new BigDecimal("1500.01")), null, "specialDeductions.elderlySupportMonthly");
        assertRejected(new SpecialDeductionClaims(null, null, false, false, null, null, true, new BigDecimal("1000")),
                null, "specialDeductions.elderlySupportMonthly");
        assertRejected(null, new BigDecimal("12000.01"), "privatePensionAnnual");
    }

    @Test
    void monthsMustRunWithoutGaps() {
        List<MonthInput> months = List.of(new MonthInput(3, TWENTY_THOUSAND, TWENTY_THOUSAND, BigDecimal.ZERO,
                BigDecimal.ZERO), new MonthInput(5, TWENTY_THOUSAND, TWENTY_THOUSAND, BigDecimal.ZERO, BigDecimal.ZERO));

        assertThatThrownBy(() -> calculate(year(2026, months))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("months[1].month");
    }

    @Test
    void anEnterpriseAnnuityDeductionNeedsAPublishedCap() {
        TakeHomeRequest request = new TakeHomeRequest(2026, flat(1, "20000", "0", "0"), null, null,
                new BigDecimal("800"), null);

        assertThatThrownBy(() -> calculate(request)).isInstanceOf(PolicyGapException.class)
                .hasMessageContaining("no cap for 企业年金");
    }

    private static void assertRejected(SpecialDeductionClaims claims, BigDecimal privatePension, String field) {
        TakeHomeRequest request = new TakeHomeRequest(2026, flat(1, "20000", "0", "0"), claims, privatePension, null,
                null);
        assertThatThrownBy(() -> calculate(request)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }
}
