package org.shebao.calcservice.calc.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shebao.calcservice.calc.CityH.d;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.calcservice.calc.Trace;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.payload.PensionPolicy;

/**
 * The 计发基数 of the retirement year, on two calendar-year bases of a region "G": 2024 = 9307 (ended) and 2025 = 9493
 * (open-ended, the latest published), under a 12-month carry-forward rule.
 */
class RetirementYearBaseTest {

    private static final PublishedPolicy BASE_2024 = base(1, 2024, "9307", LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 1, 1));
    private static final PublishedPolicy BASE_2025 = base(2, 2025, "9493", LocalDate.of(2025, 1, 1), null);
    private static final Integer TWELVE_MONTHS = 12;

    private static PublishedPolicy base(int version, int year, String amount, LocalDate from, LocalDate to) {
        PensionPolicy payload = new PensionPolicy(d(amount), year, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        return new PublishedPolicy("G", PolicyKind.PENSION, version, from, to, Instant.EPOCH, version,
                Confidence.OFFICIAL, null, from, null, payload);
    }

    private static RetirementYearBase.Choice choose(YearMonth month, Integer carryForward, String growth,
            Status status) {
        return RetirementYearBase.choose(month, BASE_2025, BASE_2024, carryForward, growth == null ? null : d(growth),
                status, Trace.NONE);
    }

    @Test
    void aRetirementInThePublishedYearUsesThatYearsBase() {
        RetirementYearBase.Choice choice = choose(YearMonth.of(2025, 7), TWELVE_MONTHS, null, new Status());

        assertThat(choice.status()).isEqualTo(BaseStatus.PUBLISHED);
        assertThat(choice.year()).isEqualTo(2025);
        assertThat(choice.amount()).isEqualByComparingTo("9493");
        assertThat(choice.regional().ref()).isEqualTo(new PolicyRef("G", PolicyKind.PENSION, 2));
        assertThat(choice.growth()).isNull();
    }

    @Test
    void aClosedVersionCoveringTheMonthIsPublishedToo() {
        RetirementYearBase.Choice choice = RetirementYearBase.choose(YearMonth.of(2024, 12), BASE_2024, null,
                TWELVE_MONTHS, null, new Status(), Trace.NONE);

        assertThat(choice.status()).isEqualTo(BaseStatus.PUBLISHED);
        assertThat(choice.year()).isEqualTo(2024);
        assertThat(choice.amount()).isEqualByComparingTo("9307");
    }

    /** 预发: the 2026 base is not published; the 2025 one is paid until it is, within the 12 months after 2025. */
    @Test
    void beforeTheYearsBaseIsPublishedTheLatestIsCarriedForward() {
        Status status = new Status();
        RetirementYearBase.Choice choice = choose(YearMonth.of(2026, 12), TWELVE_MONTHS, null, status);

        assertThat(choice.status()).isEqualTo(BaseStatus.PROVISIONAL);
        assertThat(choice.year()).isEqualTo(2025);
        assertThat(choice.amount()).isEqualByComparingTo("9493");
        assertThat(status.report().findings()).isEmpty();
    }

    /** Default growth 9493 ÷ 9307 − 1 = 0.019985; 14 whole years from 2025-01 to 2039-05: 9493 × 1.019985^14. */
    @Test
    void beyondTheCarryForwardLimitTheBaseIsProjectedByTheLastPublishedGrowth() {
        Status status = new Status();
        RetirementYearBase.Choice choice = choose(YearMonth.of(2039, 5), TWELVE_MONTHS, null, status);

        assertThat(choice.status()).isEqualTo(BaseStatus.PROJECTED);
        assertThat(choice.year()).isEqualTo(2039);
        assertThat(choice.amount()).isEqualByComparingTo("12523");
        assertThat(choice.regional().payload().calculationBase()).isEqualByComparingTo("12523");
        assertThat(choice.regional().payload().calculationBaseYear()).isEqualTo(2039);
        assertThat(choice.growth().name()).isEqualTo("baseGrowthRate");
        assertThat(choice.growth().value()).isEqualByComparingTo("0.019985");
        assertThat(choice.growth().basis()).contains("G/PENSION v2 ÷ G/PENSION v1 − 1", "9493 ÷ 9307");
        assertThat(choice.growthFrom()).isEqualTo(new PolicyRef("G", PolicyKind.PENSION, 1));
        assertThat(status.report().findings()).extracting(Finding::code).containsExactly(StatusCode.BASE_PROJECTED);
        assertThat(status.report().findings().get(0).en()).contains("the 2039 计发基数 is not published",
                "projected as 12523", "1.9985%");
    }

    @Test
    void theCallersGrowthReplacesThePublishedOne() {
        RetirementYearBase.Choice choice = choose(YearMonth.of(2039, 5), TWELVE_MONTHS, "0.03", new Status());

        assertThat(choice.amount()).isEqualByComparingTo("14359");
        assertThat(choice.growth().basis()).startsWith("request");
        assertThat(choice.growthFrom()).isNull();
    }

    @Test
    void withoutACarryForwardRuleTheNextYearIsAlreadyProjected() {
        RetirementYearBase.Choice choice = choose(YearMonth.of(2026, 3), null, null, new Status());

        assertThat(choice.status()).isEqualTo(BaseStatus.PROJECTED);
        assertThat(choice.year()).isEqualTo(2026);
        assertThat(choice.amount()).isEqualByComparingTo("9683");
    }

    @Test
    void aProjectionWithoutAnyGrowthToReadIsAGapNamingTheRequestField() {
        assertThatThrownBy(() -> RetirementYearBase.choose(YearMonth.of(2039, 5), BASE_2025, null, TWELVE_MONTHS,
                null, new Status(), Trace.NONE))
                .isInstanceOf(PolicyGapException.class)
                .hasMessageContaining("baseGrowthRate");
        assertThatThrownBy(() -> choose(YearMonth.of(2039, 5), TWELVE_MONTHS, "-1", new Status()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("baseGrowthRate"));
    }

    @Test
    void aNegativeGrowthShrinksTheBase() {
        RetirementYearBase.Choice choice = choose(YearMonth.of(2027, 1), TWELVE_MONTHS, "-0.01", new Status());

        // 2 whole years from 2025-01: 9493 × 0.99² = 9304.09 → 9304
        assertThat(choice.amount()).isEqualByComparingTo(new BigDecimal("9304"));
        assertThat(choice.year()).isEqualTo(2027);
    }
}
