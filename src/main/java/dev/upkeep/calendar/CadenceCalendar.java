package dev.upkeep.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The runbook's calendar ("Maintenance Cadences" and "Maintenance Calendar Template"): monthly
 * work in the first working week of each month (seven days from the month's first weekday);
 * quarterly work in the first two weeks of January, April, July and October; semi-annual work in
 * the first two weeks of January and July; annual work in the first two weeks of January; weekly
 * and continuous work in each ISO week (Monday to Sunday). Public holidays are not known, so a
 * "working day" is Monday to Friday.
 */
public final class CadenceCalendar {
    private CadenceCalendar() {}

    /** The first occurrence of {@code cadence} that has not ended on {@code day} (it may be under way). */
    public static Occurrence next(Cadence cadence, LocalDate day) {
        Occurrence o = containingOrBefore(cadence, day);
        return o.end().isBefore(day) ? after(o) : o;
    }

    /** The occurrence of the same cadence that follows {@code o}. */
    public static Occurrence after(Occurrence o) {
        return switch (o.cadence()) {
            case CONTINUOUS, WEEKLY -> week(o.cadence(), o.start().plusWeeks(1));
            case MONTHLY -> month(YearMonth.from(o.start()).plusMonths(1));
            case QUARTERLY -> twoWeeks(Cadence.QUARTERLY, YearMonth.from(o.start()).plusMonths(3));
            case SEMI_ANNUAL -> twoWeeks(Cadence.SEMI_ANNUAL, YearMonth.from(o.start()).plusMonths(6));
            case ANNUAL -> twoWeeks(Cadence.ANNUAL, YearMonth.from(o.start()).plusYears(1));
        };
    }

    /** The first occurrence of {@code cadence} that starts after {@code o} ends. */
    public static Occurrence firstAfter(Cadence cadence, Occurrence o) {
        Occurrence n = next(cadence, o.end().plusDays(1));
        return n.start().isAfter(o.end()) ? n : after(n);
    }

    private static Occurrence containingOrBefore(Cadence cadence, LocalDate day) {
        YearMonth m = YearMonth.from(day);
        return switch (cadence) {
            case CONTINUOUS, WEEKLY -> week(cadence, day);
            case MONTHLY -> month(m);
            case QUARTERLY -> twoWeeks(cadence, m.withMonth((m.getMonthValue() - 1) / 3 * 3 + 1));
            case SEMI_ANNUAL -> twoWeeks(cadence, m.withMonth((m.getMonthValue() - 1) / 6 * 6 + 1));
            case ANNUAL -> twoWeeks(cadence, m.withMonth(1));
        };
    }

    private static Occurrence week(Cadence cadence, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String period = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new Occurrence(cadence, period, monday, monday.plusDays(6));
    }

    private static Occurrence month(YearMonth m) {
        LocalDate start = firstWorkingDay(m);
        return new Occurrence(Cadence.MONTHLY, m.toString(), start, start.plusDays(6));
    }

    private static Occurrence twoWeeks(Cadence cadence, YearMonth m) {
        LocalDate start = firstWorkingDay(m);
        String period = switch (cadence) {
            case QUARTERLY -> m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
            case SEMI_ANNUAL -> m.getYear() + "-H" + ((m.getMonthValue() - 1) / 6 + 1);
            default -> Integer.toString(m.getYear());
        };
        return new Occurrence(cadence, period, start, start.plusDays(13));
    }

    static LocalDate firstWorkingDay(YearMonth m) {
        LocalDate d = m.atDay(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
