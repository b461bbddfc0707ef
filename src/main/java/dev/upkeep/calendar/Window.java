package dev.upkeep.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A recurring maintenance window: on these weekdays, from {@code from} to {@code to} local time in
 * {@code zone}. A window whose {@code to} is not after {@code from} ends the next day. Local times
 * that fall in a daylight-saving gap move forward, as {@link ZonedDateTime#of} does.
 */
public record Window(String name, WindowKind kind, Set<DayOfWeek> days, LocalTime from, LocalTime to, ZoneId zone) {
    public Window {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(zone, "zone is null");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("window '" + name + "' has no days");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** The slot of this window that starts on {@code day}, or null when the window is not open that weekday. */
    public Slot slotOn(LocalDate day) {
        if (!days.contains(day.getDayOfWeek())) {
            return null;
        }
        ZonedDateTime start = ZonedDateTime.of(day, from, zone);
        ZonedDateTime end = ZonedDateTime.of(to.isAfter(from) ? day : day.plusDays(1), to, zone);
        return new Slot(name, kind, start, end);
    }

    /** The first slot starting at or after {@code notBefore}, looking at most {@code days} days ahead. */
    public Slot firstSlotFrom(Instant notBefore, int lookahead) {
        LocalDate day = notBefore.atZone(zone).toLocalDate();
        for (int i = 0; i <= lookahead; i++) {
            Slot s = slotOn(day.plusDays(i));
            if (s != null && !s.start().toInstant().isBefore(notBefore)) {
                return s;
            }
        }
        return null;
    }

    /** {@code Tue, Wed 06:00–08:00 Europe/Brussels}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (DayOfWeek d : EnumSet.copyOf(days)) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            String n = d.name();
            sb.append(n.charAt(0)).append(n.substring(1, 3).toLowerCase(java.util.Locale.ROOT));
        }
        return sb + " " + from + "–" + to + " " + zone.getId();
    }
}
