package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shebao.contract.PublishedPeriods.Period;

class PublishedPeriodsTest {

    private static final LocalDate JAN_2024 = LocalDate.parse("2024-01-01");
    private static final LocalDate JUL_2024 = LocalDate.parse("2024-07-01");
    private static final LocalDate JAN_2025 = LocalDate.parse("2025-01-01");
    private static final LocalDate JUL_2025 = LocalDate.parse("2025-07-01");

    private static Period open(long id, LocalDate from) {
        return new Period(id, from, null, null, null);
    }

    @Test
    void aVersionPublishedInsideAnOpenEndedOneEndsItThere() {
        PublishedPeriods periods = new PublishedPeriods(List.of(open(1, JUL_2024)));

        List<Period> changed = periods.publish(2, JUL_2025, null);

        assertThat(changed).containsExactly(new Period(1, JUL_2024, null, JUL_2025, 2L), open(2, JUL_2025));
    }

    @Test
    void aDeclaredEndIsNeverCut() {
        Period declared = new Period(1, JUL_2024, JUL_2025, JUL_2025, null);
        PublishedPeriods periods = new PublishedPeriods(List.of(declared));

        assertThat(periods.publish(2, JAN_2025, null)).containsExactly(open(2, JAN_2025));
        assertThat(periods.get(1)).contains(declared);
    }

    @Test
    void anOpenEndedVersionPublishedLateEndsWhereTheNextLaterOneStarts() {
        PublishedPeriods periods = new PublishedPeriods(List.of(open(1, JUL_2025), open(2, JUL_2024)));

        assertThat(periods.publish(3, JAN_2024, null))
                .containsExactly(new Period(3, JAN_2024, null, JUL_2024, 2L));
    }

    @Test
    void aVersionStartingOnTheSameDayIsNotCut() {
        PublishedPeriods periods = new PublishedPeriods(List.of(open(1, JUL_2024)));

        assertThat(periods.publish(2, JUL_2024, null)).containsExactly(open(2, JUL_2024));
        assertThat(periods.get(1)).contains(open(1, JUL_2024));
    }

    @Test
    void withdrawingRestoresWhatTheVersionHadEnded() {
        PublishedPeriods periods = new PublishedPeriods(List.of(open(1, JUL_2024)));
        periods.publish(2, JUL_2025, null);

        assertThat(periods.withdraw(2)).containsExactly(open(1, JUL_2024));
        assertThat(periods.get(2)).isEmpty();
    }

    @Test
    void aRestoredVersionRunsOnlyUntilTheNextLaterStartThatRemains() {
        PublishedPeriods periods = new PublishedPeriods(List.of(open(1, JAN_2024)));
        periods.publish(2, JUL_2025, null);
        assertThat(periods.publish(3, JUL_2024, null)).containsExactly(new Period(3, JUL_2024, null, JUL_2025, 2L));

        assertThat(periods.withdraw(2)).containsExactlyInAnyOrder(new Period(1, JAN_2024, null, JUL_2024, 3L),
                open(3, JUL_2024));
    }

    @Test
    void aRestoredVersionIsOpenEndedAgainWhenNothingLaterRemains() {
        PublishedPeriods periods = new PublishedPeriods(List.of(new Period(1, JAN_2024, JAN_2025, JAN_2025, null)));
        periods.publish(2, JUL_2024, null);
        assertThat(periods.publish(3, JAN_2024, null)).containsExactly(new Period(3, JAN_2024, null, JUL_2024, 2L));

        assertThat(periods.withdraw(2)).containsExactly(open(3, JAN_2024));
        assertThat(periods.get(1)).contains(new Period(1, JAN_2024, JAN_2025, JAN_2025, null));
    }

    @Test
    void onlyAPublishedVersionCanBeWithdrawn() {
        assertThatThrownBy(() -> new PublishedPeriods(List.of()).withdraw(7))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
