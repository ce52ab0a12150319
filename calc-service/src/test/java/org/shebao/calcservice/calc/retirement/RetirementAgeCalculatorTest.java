package org.shebao.calcservice.calc.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.RecordingTrace;
import org.shebao.calcservice.calc.TraceStep;

/** The national rule (NPC 2024 decision), docs/domain/rules.md §4.2, cases T1–T16 of §7.5 and the boundaries. */
class RetirementAgeCalculatorTest {

    @ParameterizedTest(name = "{0}: born {1} {2} → delay {3}, {4}岁{5}个月, retires {6}")
    @CsvSource({
        "T1,       1965-05, MALE,      2,  60, 2,  2025-07",
        "T2,       1963-12, MALE,      0,  60, 0,  2023-12",
        "T3,       1965-01, MALE,      1,  60, 1,  2025-02",
        "T4,       1965-12, MALE,      3,  60, 3,  2026-03",
        "T5,       1967-05, MALE,      8,  60, 8,  2028-01",
        "T6,       1970-01, MALE,      16, 61, 4,  2031-05",
        "T7a,      1976-08, MALE,      35, 62, 11, 2039-07",
        "T7b,      1976-09, MALE,      36, 63, 0,  2039-09",
        "T8,       1995-12, MALE,      36, 63, 0,  2058-12",
        "T9,       1971-04, FEMALE_55, 4,  55, 4,  2026-08",
        "T10,      1974-10, FEMALE_55, 15, 56, 3,  2031-01",
        "T11,      1981-09, FEMALE_55, 36, 58, 0,  2039-09",
        "T12a,     1975-01, FEMALE_50, 1,  50, 1,  2025-02",
        "T12b,     1975-03, FEMALE_50, 2,  50, 2,  2025-05",
        "T13,      1980-01, FEMALE_50, 31, 52, 7,  2032-08",
        "T14a,     1984-10, FEMALE_50, 59, 54, 11, 2039-09",
        "T14b,     1984-11, FEMALE_50, 60, 55, 0,  2039-11",
        // boundaries: the last month unaffected, the first affected, the last before the full delay
        "male last unaffected,      1964-12, MALE,      0,  60, 0,  2024-12",
        "female55 last unaffected,  1969-12, FEMALE_55, 0,  55, 0,  2024-12",
        "female55 first affected,   1970-01, FEMALE_55, 1,  55, 1,  2025-02",
        "female55 before full,      1981-08, FEMALE_55, 35, 57, 11, 2039-07",
        "female50 last unaffected,  1974-12, FEMALE_50, 0,  50, 0,  2024-12",
        "female50 born after full,  1990-06, FEMALE_50, 60, 55, 0,  2045-06",
        "male step boundary k=4,    1965-04, MALE,      1,  60, 1,  2025-05",
        "male step boundary k=5,    1965-05, MALE,      2,  60, 2,  2025-07",
    })
    void statutoryAgeAndMonth(String label, YearMonth birth, RetirementCategory category, int delay, int years,
            int months, YearMonth retirement) {
        RetirementAgeResult result = RetirementAgeCalculator.calculate(birth, category);

        assertThat(result.originalAge()).isEqualTo(category.originalAge());
        assertThat(result.delayMonths()).isEqualTo(delay);
        assertThat(result.statutoryAge()).isEqualTo(new RetirementAgeResult.Age(years, months));
        assertThat(result.retirementMonth()).isEqualTo(retirement);
        assertThat(result.legalBasis()).contains("渐进式延迟法定退休年龄");
    }

    /** T15: statutory 61岁4个月; earliest = max(60岁, 58岁4个月) = 60 → 2030-01, which needs the 2030 minimum 15.5. */
    @Test
    void t15FlexibleEarlyRetirementIsBoundByTheOriginalAge() {
        RetirementAgeResult result = RetirementAgeCalculator.calculate(YearMonth.of(1970, 1), RetirementCategory.MALE);

        assertThat(result.flexible().earliestMonth()).isEqualTo(YearMonth.of(2030, 1));
        assertThat(result.flexible().earliestMonthMinimumContributionYears()).isEqualByComparingTo("15.5");
        assertThat(result.minimumContributionYears()).isEqualByComparingTo("16");
    }

    /** T16: latest = statutory + 36 months = 64岁4个月 → 2034-05 (with the employer's consent). */
    @Test
    void t16FlexibleLateRetirementIsThreeYearsAfterTheStatutoryMonth() {
        RetirementAgeResult result = RetirementAgeCalculator.calculate(YearMonth.of(1970, 1), RetirementCategory.MALE);

        assertThat(result.flexible().latestMonth()).isEqualTo(YearMonth.of(2034, 5));
    }

    @Test
    void onceFullyPhasedInTheEarliestMonthIsThreeYearsBeforeTheStatutoryOne() {
        RetirementAgeResult male = RetirementAgeCalculator.calculate(YearMonth.of(1995, 12), RetirementCategory.MALE);
        RetirementAgeResult female50 = RetirementAgeCalculator.calculate(YearMonth.of(1990, 6),
                RetirementCategory.FEMALE_50);

        assertThat(male.flexible().earliestMonth()).isEqualTo(YearMonth.of(2055, 12));
        // 55 − 3 years = 52, above the original 50
        assertThat(female50.flexible().earliestMonth()).isEqualTo(YearMonth.of(2042, 6));
        assertThat(female50.flexible().latestMonth()).isEqualTo(YearMonth.of(2048, 6));
    }

    @Test
    void t13TheEarliestMonthNeverPrecedesTheOriginalAge() {
        RetirementAgeResult result = RetirementAgeCalculator.calculate(YearMonth.of(1980, 1),
                RetirementCategory.FEMALE_50);

        // statutory 2032-08 − 36 = 2029-08, before 50岁 (2030-01)
        assertThat(result.flexible().earliestMonth()).isEqualTo(YearMonth.of(2030, 1));
    }

    @ParameterizedTest(name = "retiring in {0} needs {1} years")
    @CsvSource({"2024, 15", "2029, 15", "2030, 15.5", "2031, 16", "2032, 16.5", "2035, 18", "2038, 19.5",
        "2039, 20", "2058, 20"})
    void minimumContributionYearsRiseSixMonthsAYearFrom2030(int year, String minimum) {
        assertThat(RetirementAgeCalculator.minimumContributionYears(year)).isEqualByComparingTo(minimum);
    }

    @Test
    void theMinimumYearsFollowTheStatutoryRetirementYear() {
        assertThat(RetirementAgeCalculator.calculate(YearMonth.of(1974, 10), RetirementCategory.FEMALE_55)
                .minimumContributionYears()).isEqualByComparingTo("16");
        assertThat(RetirementAgeCalculator.calculate(YearMonth.of(1976, 9), RetirementCategory.MALE)
                .minimumContributionYears()).isEqualByComparingTo("20");
    }

    @Test
    void theTraceShowsKAndTheLegalConstants() {
        RecordingTrace trace = new RecordingTrace();

        RetirementAgeCalculator.calculate(YearMonth.of(1967, 5), RetirementCategory.MALE, trace);

        TraceStep delay = trace.find("delay").orElseThrow();
        assertThat(delay.result()).isEqualTo(8);
        assertThat(delay.inputs().get("k").value()).isEqualTo(29L);
        assertThat(delay.inputs().get("step").source()).isEqualTo(RetirementAgeCalculator.LEGAL_BASIS);
        assertThat(delay.inputs().get("birthMonth").source()).isEqualTo("request");
    }

    @Test
    void missingInputsAreNamed() {
        assertThatThrownBy(() -> RetirementAgeCalculator.calculate(null, RetirementCategory.MALE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("birthMonth"));
        assertThatThrownBy(() -> RetirementAgeCalculator.calculate(YearMonth.of(1970, 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("category"));
    }

    /** 弹性退休 came with the reform: a statutory month before 2025 has no window. */
    @Test
    void retirementsBeforeTheReformHaveNoFlexibleWindow() {
        RetirementAgeResult result = RetirementAgeCalculator.calculate(YearMonth.of(1950, 5), RetirementCategory.MALE);

        assertThat(result.retirementMonth()).isEqualTo(YearMonth.of(2010, 5));
        assertThat(result.delayMonths()).isZero();
        assertThat(result.flexible()).isNull();
    }
}
