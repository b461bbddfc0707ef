package dev.upkeep.report;

import dev.upkeep.calendar.Slot;
import dev.upkeep.plan.Change;
import dev.upkeep.plan.Upgrade;
import dev.upkeep.plan.Wave;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wording shared by the plan's renderers: moments, windows and upgrades written the same everywhere. */
final class PlanText {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);

    private PlanText() {}

    /** {@code 2026-11-22 00:00 Europe/Brussels}. */
    static String moment(ZonedDateTime t) {
        return t == null ? "" : MOMENT.format(t) + " " + t.getZone().getId();
    }

    /** When a wave happens, in one line. */
    static String when(Wave w, ZonedDateTime now) {
        Slot s = w.slot();
        if (s == null) {
            return w.kind().outOfBand() ? "out of band, from " + moment(now) + (w.dueAt() == null ? "" : "; done by " + moment(w.dueAt()))
                    : "no window found: schedule it by hand (due " + w.due() + ")";
        }
        return DAY.format(s.start()) + " " + s.start().toLocalTime() + "–" + s.end().toLocalTime() + " " + s.start().getZone().getId()
                + " (" + s.window() + " window)";
    }

    /** {@code next 14.1.0 → 14.2.35}. */
    static String move(Upgrade u) {
        return u.name() + " " + u.from() + " → " + u.to();
    }

    /** {@code PYSEC-2024-38 (high); due 2026-11-23}. */
    static String why(Upgrade u) {
        String due = u.dueAt() != null ? moment(u.dueAt()) : u.due().toString();
        return String.join("; ", u.reasons()) + "; " + u.findingClass().id() + ", due " + due;
    }

    static String change(Change c) {
        return c.at() + ": " + c.from() + " → " + c.to();
    }
}
