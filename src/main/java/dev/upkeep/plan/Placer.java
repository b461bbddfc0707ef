package dev.upkeep.plan;

import dev.upkeep.calendar.Freeze;
import dev.upkeep.calendar.Schedule;
import dev.upkeep.calendar.Slot;
import dev.upkeep.calendar.WindowKind;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Places waves in time, one after the other. Security patches go out of band at once. Urgent
 * breaking upgrades take the next breaking window if it starts before their due date, else go out
 * of band. Other waves take the first window of the kind they need (breaking when they hold a
 * major or a migration) from the start of their occurrence, after the previous wave, on a day no
 * freeze closes to their work.
 */
final class Placer {
    record Placed(Slot slot, List<String> notes, Instant end) {}

    private final Schedule schedule;
    private final Instant now;

    Placer(Schedule schedule, Instant now) {
        this.schedule = schedule;
        this.now = now;
    }

    static Set<Set<String>> work(List<Upgrade> upgrades) {
        Set<Set<String>> work = new LinkedHashSet<>();
        upgrades.forEach(u -> work.add(u.categories()));
        return work;
    }

    Placed place(Draft d, List<Upgrade> upgrades, WindowKind kind, Instant cursor, ZonedDateTime dueAt) {
        List<String> notes = new ArrayList<>();
        Set<Set<String>> work = work(upgrades);
        if (d.kind == WaveKind.SECURITY) {
            freezeNote(notes, work);
            return new Placed(null, notes, cursor);
        }
        if (d.kind == WaveKind.URGENT) {
            Schedule.Placement p = schedule.firstSlot(kind, cursor, Set.of(Set.of("security")));
            if (p.slot() != null && (dueAt == null || !p.slot().start().isAfter(dueAt))) {
                return new Placed(p.slot(), notes(notes, p.note()), p.slot().end().toInstant());
            }
            freezeNote(notes, work);
            notes.add(p.slot() == null ? "no " + kind.id() + " window is available: do it out of band"
                    : "the next " + kind.id() + " window (" + p.slot().describe() + ") starts after the due date: do it out of band");
            return new Placed(null, notes, cursor);
        }
        Instant start = d.occurrence.start().atStartOfDay(schedule.zone()).toInstant();
        Instant from = start.isAfter(cursor) ? start : cursor;
        Schedule.Placement p = schedule.firstSlot(kind, from, work);
        notes(notes, p.note());
        if (p.slot() == null) {
            return new Placed(null, notes, cursor);
        }
        if (p.slot().start().toLocalDate().isAfter(d.occurrence.end())) {
            notes.add("no " + kind.id() + " window is left in " + d.occurrence.label() + " (" + d.occurrence.start() + " to "
                    + d.occurrence.end() + "); placed in the next one");
        }
        for (Upgrade u : upgrades) {
            if (u.findingClass() != dev.upkeep.domain.FindingClass.DEFER && u.due().isBefore(p.slot().start().withZoneSameInstant(schedule.zone()).toLocalDate())) {
                notes.add(Keys.display(u.key()) + " is due " + u.due() + ", before this window");
            }
        }
        return new Placed(p.slot(), notes, p.slot().end().toInstant());
    }

    private void freezeNote(List<String> notes, Set<Set<String>> work) {
        java.time.LocalDate today = now.atZone(schedule.zone()).toLocalDate();
        Optional<Freeze> inside = schedule.freezes().stream().filter(f -> f.span().covers(today)).findFirst();
        inside.ifPresent(f -> notes.add(f.blocks(today, work)
                ? "inside the freeze '" + f.name() + "', which does not allow this work: it needs an exception"
                : "inside the freeze '" + f.name() + "', which allows it"));
    }

    private static List<String> notes(List<String> notes, String note) {
        if (note != null) {
            notes.add(note);
        }
        return notes;
    }
}
