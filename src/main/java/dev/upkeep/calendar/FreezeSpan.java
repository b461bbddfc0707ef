package dev.upkeep.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;

/** The days a freeze covers: every year between two month-days, or once between two dates (both inclusive). */
public sealed interface FreezeSpan permits FreezeSpan.Yearly, FreezeSpan.Once {
    boolean covers(LocalDate day);

    /** As written in upkeep.yml: {@code 12-01..12-31} or {@code 2027-03-01..2027-03-14}. */
    String text();

    /** {@code 12-01} to {@code 12-31} every year; a span whose end is before its start wraps over the new year. */
    record Yearly(MonthDay from, MonthDay to) implements FreezeSpan {
        public Yearly {
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
        }

        @Override
        public boolean covers(LocalDate day) {
            MonthDay d = MonthDay.from(day);
            return from.isAfter(to) ? !d.isBefore(from) || !d.isAfter(to) : !d.isBefore(from) && !d.isAfter(to);
        }

        @Override
        public String text() {
            return from.toString().substring(2) + ".." + to.toString().substring(2);
        }
    }

    /** Between two dates, once. */
    record Once(LocalDate from, LocalDate to) implements FreezeSpan {
        public Once {
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("freeze ends (" + to + ") before it starts (" + from + ")");
            }
        }

        @Override
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        @Override
        public String text() {
            return from + ".." + to;
        }
    }
}
