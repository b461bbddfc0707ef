package dev.upkeep.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The team's windows and freezes, and the questions a planner asks of them: which occurrence of a
 * cadence can take this work, and which slot of which window comes next for it. Freeze days are
 * judged in {@code zone} (the policy's time zone); window slots in each window's own zone.
 */
public final class Schedule {
    /** How far ahead a slot is looked for. */
    public static final int LOOKAHEAD_DAYS = 2 * 366;

    private final List<Window> windows;
    private final List<Freeze> freezes;
    private final ZoneId zone;

    public Schedule(List<Window> windows, List<Freeze> freezes, ZoneId zone) {
        this.windows = List.copyOf(windows);
        this.freezes = List.copyOf(freezes);
        this.zone = requireNonNull(zone, "zone is null");
    }

    public List<Window> windows() {
        return windows;
    }

    public List<Freeze> freezes() {
        return freezes;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first freeze that stops {@code work} on {@code day}. */
    public Optional<Freeze> blocking(LocalDate day, Set<Set<String>> work) {
        return freezes.stream().filter(f -> f.blocks(day, work)).findFirst();
    }

    /**
     * The first occurrence of {@code cadence} not yet over on {@code day} that is not frozen from
     * its first to its last day for {@code work}.
     */
    public Occurrence occurrence(Cadence cadence, LocalDate day, Set<Set<String>> work) {
        Occurrence o = CadenceCalendar.next(cadence, day);
        for (int i = 0; i < 200 && frozenThroughout(o, day, work); i++) {
            o = CadenceCalendar.after(o);
        }
        return o;
    }

    private boolean frozenThroughout(Occurrence o, LocalDate today, Set<Set<String>> work) {
        for (LocalDate d = o.start().isBefore(today) ? today : o.start(); !d.isAfter(o.end()); d = d.plusDays(1)) {
            if (blocking(d, work).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Where a piece of work goes: a slot (or none), and why it is not the obvious one. */
    public record Placement(Slot slot, String note) {}

    /**
     * The earliest slot of a window of {@code kind} starting at or after {@code notBefore} on a day
     * no freeze blocks for {@code work}. With no window of that kind, any window is used and the
     * placement says so; with no windows at all, the slot is null.
     */
    public Placement firstSlot(WindowKind kind, Instant notBefore, Set<Set<String>> work) {
        List<Window> fitting = windows.stream().filter(w -> w.kind() == kind).toList();
        String note = null;
        if (fitting.isEmpty()) {
            if (windows.isEmpty()) {
                return new Placement(null, "no maintenance window is configured; schedule it by hand");
            }
            fitting = windows;
            note = "no " + kind.id() + " window is configured; placed in the next window of another kind";
        }
        Slot best = null;
        for (Window w : fitting) {
            Slot s = firstAllowed(w, notBefore, work);
            if (s != null && (best == null || SLOT_ORDER.compare(s, best) < 0)) {
                best = s;
            }
        }
        if (best == null) {
            return new Placement(null, "no " + kind.id() + " window outside the freezes in the next two years");
        }
        return new Placement(best, note);
    }

    private Slot firstAllowed(Window w, Instant notBefore, Set<Set<String>> work) {
        Instant from = notBefore;
        for (int tries = 0; tries < LOOKAHEAD_DAYS; tries++) {
            Slot s = w.firstSlotFrom(from, LOOKAHEAD_DAYS);
            if (s == null) {
                return null;
            }
            if (blocking(s.start().withZoneSameInstant(zone).toLocalDate(), work).isEmpty()) {
                return s;
            }
            from = s.start().toInstant().plusSeconds(1);
        }
        return null;
    }

    private static final Comparator<Slot> SLOT_ORDER = Comparator.comparing((Slot s) -> s.start().toInstant())
            .thenComparing(Slot::window);
}
