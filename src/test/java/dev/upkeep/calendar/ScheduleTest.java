package dev.upkeep.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final Schedule DEFAULT = new Schedule(CalendarSection.DEFAULT_WINDOWS, CalendarSection.DEFAULT_FREEZES, BRUSSELS);
    static final Set<Set<String>> MINOR = Set.of(Set.of("minor"));
    static final Set<Set<String>> SECURITY = Set.of(Set.of("security"));

    static java.time.Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(BRUSSELS).toInstant();
    }

    @Test
    void nextWindowOfEachKind() {
        assertThat(DEFAULT.firstSlot(WindowKind.NON_BREAKING, at("2026-11-21T00:00"), MINOR).slot().describe())
                .as("Saturday → the next Tuesday").isEqualTo("2026-11-24 06:00–08:00 Europe/Brussels");
        assertThat(DEFAULT.firstSlot(WindowKind.BREAKING, at("2026-11-21T07:00"), MINOR).slot().describe())
                .as("a window under way is not taken").isEqualTo("2026-11-28 06:00–10:00 Europe/Brussels");
        assertThat(DEFAULT.firstSlot(WindowKind.NON_BREAKING, at("2026-11-24T06:00"), MINOR).slot().start().toLocalDate())
                .as("starting exactly now counts").isEqualTo("2026-11-24");
    }

    @Test
    void theDecemberFreezeLetsOnlySecurityWorkThrough() {
        assertThat(DEFAULT.firstSlot(WindowKind.NON_BREAKING, at("2026-11-26T00:00"), MINOR).slot().describe())
                .as("minor updates wait until January").isEqualTo("2027-01-05 06:00–08:00 Europe/Brussels");
        assertThat(DEFAULT.firstSlot(WindowKind.NON_BREAKING, at("2026-11-26T00:00"), SECURITY).slot().describe())
                .isEqualTo("2026-12-01 06:00–08:00 Europe/Brussels");
        Set<Set<String>> mixed = Set.of(Set.of("security"), Set.of("minor"));
        assertThat(DEFAULT.firstSlot(WindowKind.NON_BREAKING, at("2026-11-26T00:00"), mixed).slot().start().toLocalDate())
                .as("one piece of work the freeze does not allow holds the whole wave").isEqualTo("2027-01-05");
        assertThat(DEFAULT.occurrence(Cadence.MONTHLY, LocalDate.parse("2026-11-21"), MINOR).label()).isEqualTo("monthly 2027-01");
        assertThat(DEFAULT.occurrence(Cadence.MONTHLY, LocalDate.parse("2026-11-21"), SECURITY).label()).isEqualTo("monthly 2026-12");
    }

    @Test
    void aFreezeOverTheNewYearAndAOneOffFreeze() {
        Freeze holidays = new Freeze("holidays", new FreezeSpan.Yearly(MonthDay.of(12, 20), MonthDay.of(1, 6)), Set.of(), "");
        Freeze launch = new Freeze("launch", new FreezeSpan.Once(LocalDate.parse("2027-01-12"), LocalDate.parse("2027-01-13")),
                Set.of("security"), "");
        Schedule s = new Schedule(CalendarSection.DEFAULT_WINDOWS, List.of(holidays, launch), BRUSSELS);
        assertThat(s.firstSlot(WindowKind.NON_BREAKING, at("2026-12-18T00:00"), SECURITY).slot().start().toLocalDate())
                .as("nothing allowed from 12-20 to 01-06, then a one-off freeze on the 12th and 13th").isEqualTo("2027-01-12");
        assertThat(s.firstSlot(WindowKind.NON_BREAKING, at("2026-12-18T00:00"), MINOR).slot().start().toLocalDate())
                .isEqualTo("2027-01-19");
        assertThat(holidays.span().covers(LocalDate.parse("2027-01-06"))).isTrue();
        assertThat(holidays.span().covers(LocalDate.parse("2027-01-07"))).isFalse();
        assertThat(holidays.span().text()).isEqualTo("12-20..01-06");
    }

    @Test
    void windowsKeepTheirLocalTimeAcrossDaylightSavingAndGaps() {
        Window early = new Window("night", WindowKind.BREAKING, EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30), LocalTime.of(4, 0), BRUSSELS);
        Slot onChange = early.slotOn(LocalDate.parse("2027-03-28"));
        assertThat(onChange.start()).as("02:30 does not exist on 2027-03-28 in Brussels: it moves forward")
                .isEqualTo(ZonedDateTime.parse("2027-03-28T03:30+02:00[Europe/Brussels]"));
        Window sat = CalendarSection.DEFAULT_WINDOWS.get(1);
        assertThat(sat.slotOn(LocalDate.parse("2027-04-03")).start().getOffset().getTotalSeconds()).as("summer time").isEqualTo(7200);
        assertThat(sat.slotOn(LocalDate.parse("2026-11-28")).start().getOffset().getTotalSeconds()).as("winter time").isEqualTo(3600);
        Window overnight = new Window("late", WindowKind.BREAKING, EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(2, 0),
                ZoneId.of("America/New_York"));
        Slot s = overnight.slotOn(LocalDate.parse("2026-11-27"));
        assertThat(s.end()).isEqualTo(ZonedDateTime.parse("2026-11-28T02:00-05:00[America/New_York]"));
        assertThat(s.describe()).isEqualTo("2026-11-27 22:00–2026-11-28 02:00 America/New_York");
    }

    @Test
    void missingKindsAndMissingWindowsAreSaid() {
        Schedule onlyTuesday = new Schedule(List.of(CalendarSection.DEFAULT_WINDOWS.get(0)), List.of(), BRUSSELS);
        Schedule.Placement p = onlyTuesday.firstSlot(WindowKind.BREAKING, at("2026-11-21T00:00"), MINOR);
        assertThat(p.slot().window()).isEqualTo("non-breaking");
        assertThat(p.note()).isEqualTo("no breaking window is configured; placed in the next window of another kind");
        Schedule none = new Schedule(List.of(), List.of(), BRUSSELS);
        assertThat(none.firstSlot(WindowKind.BREAKING, at("2026-11-21T00:00"), MINOR).slot()).isNull();
        Freeze always = new Freeze("forever", new FreezeSpan.Yearly(MonthDay.of(1, 1), MonthDay.of(12, 31)), Set.of(), "");
        Schedule frozen = new Schedule(CalendarSection.DEFAULT_WINDOWS, List.of(always), BRUSSELS);
        assertThat(frozen.firstSlot(WindowKind.BREAKING, at("2026-11-21T00:00"), MINOR).note())
                .isEqualTo("no breaking window outside the freezes in the next two years");
    }
}
