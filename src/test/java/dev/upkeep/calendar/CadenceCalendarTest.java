package dev.upkeep.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceCalendarTest {
    private static Occurrence next(Cadence c, String day) {
        return CadenceCalendar.next(c, LocalDate.parse(day));
    }

    @Test
    void monthlyIsTheSevenDaysFromTheMonthsFirstWorkingDay() {
        assertThat(next(Cadence.MONTHLY, "2026-11-05")).as("next(monthly, 2026-11-05): under way")
                .isEqualTo(new Occurrence(Cadence.MONTHLY, "2026-11", LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-08")));
        assertThat(next(Cadence.MONTHLY, "2026-11-21")).as("next(monthly, 2026-11-21): November's is over")
                .isEqualTo(new Occurrence(Cadence.MONTHLY, "2026-12", LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-07")));
        assertThat(next(Cadence.MONTHLY, "2027-01-31").label()).as("month end rolls into February").isEqualTo("monthly 2027-02");
        assertThat(next(Cadence.MONTHLY, "2027-01-31").start()).isEqualTo("2027-02-01");
        assertThat(next(Cadence.MONTHLY, "2026-12-31").label()).as("year end").isEqualTo("monthly 2027-01");
        assertThat(next(Cadence.MONTHLY, "2027-05-01").start()).as("May 2027 starts on a Saturday").isEqualTo("2027-05-03");
    }

    @Test
    void quarterlySemiAnnualAndAnnualFollowTheRunbooksMonths() {
        assertThat(next(Cadence.QUARTERLY, "2026-11-21"))
                .isEqualTo(new Occurrence(Cadence.QUARTERLY, "2027-Q1", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-14")));
        assertThat(next(Cadence.QUARTERLY, "2027-01-14").period()).as("last day still counts").isEqualTo("2027-Q1");
        assertThat(next(Cadence.QUARTERLY, "2027-01-15").period()).isEqualTo("2027-Q2");
        assertThat(next(Cadence.SEMI_ANNUAL, "2027-01-15"))
                .isEqualTo(new Occurrence(Cadence.SEMI_ANNUAL, "2027-H2", LocalDate.parse("2027-07-01"), LocalDate.parse("2027-07-14")));
        assertThat(next(Cadence.ANNUAL, "2027-02-01").period()).isEqualTo("2028");
    }

    @Test
    void weeksAreIsoWeeksAcrossTheYearEnd() {
        Occurrence w = next(Cadence.WEEKLY, "2027-01-01");
        assertThat(w.period()).isEqualTo("2026-W53");
        assertThat(w.start()).isEqualTo("2026-12-28");
        assertThat(CadenceCalendar.after(w).period()).isEqualTo("2027-W01");
    }

    @Test
    void firstAfterAnOccurrenceStartsAfterItEnds() {
        Occurrence eval = next(Cadence.SEMI_ANNUAL, "2026-11-21");
        assertThat(CadenceCalendar.firstAfter(Cadence.QUARTERLY, eval).label()).as("adopt at the next quarterly")
                .isEqualTo("quarterly 2027-Q2");
        assertThat(CadenceCalendar.after(next(Cadence.MONTHLY, "2026-12-15")).label()).isEqualTo("monthly 2027-02");
    }

    @Test
    void cadenceIdsAreReadInAnyCaseAndUnknownOnesNamed() {
        assertThat(Cadence.fromId("Semi-Annual")).isEqualTo(Cadence.SEMI_ANNUAL);
        assertThatThrownBy(() -> Cadence.fromId("fortnightly")).hasMessageContaining("'fortnightly' is not a cadence")
                .hasMessageContaining("monthly, quarterly");
    }
}
