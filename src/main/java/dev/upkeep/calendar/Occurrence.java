package dev.upkeep.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One occurrence of a cadence: the days its work is done in.
 *
 * @param cadence which cadence
 * @param period its name in the year: {@code 2027-01}, {@code 2027-Q1}, {@code 2027-H1},
 *     {@code 2027}, {@code 2026-W48}
 * @param start the first day, inclusive
 * @param end the last day, inclusive
 */
public record Occurrence(Cadence cadence, String period, LocalDate start, LocalDate end) implements Comparable<Occurrence> {
    public Occurrence {
        requireNonNull(cadence, "cadence is null");
        requireNonNull(period, "period is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("occurrence ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** {@code monthly 2027-01}: how reports and findings name it. */
    public String label() {
        return cadence.id() + " " + period;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    @Override
    public int compareTo(Occurrence o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : cadence.compareTo(o.cadence);
    }
}
