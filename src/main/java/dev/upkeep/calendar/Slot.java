package dev.upkeep.calendar;

import static java.util.Objects.requireNonNull;

import java.time.ZonedDateTime;

/** One opening of a window: the window's name and kind, and when it starts and ends. */
public record Slot(String window, WindowKind kind, ZonedDateTime start, ZonedDateTime end) {
    public Slot {
        requireNonNull(window, "window is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
    }

    /** {@code 2027-01-05 06:00–08:00 Europe/Brussels}. */
    public String describe() {
        String day = start.toLocalDate().toString();
        String endText = end.toLocalDate().equals(start.toLocalDate()) ? end.toLocalTime().toString()
                : end.toLocalDate() + " " + end.toLocalTime();
        return day + " " + start.toLocalTime() + "–" + endText + " " + start.getZone().getId();
    }
}
