package dev.upkeep.plan;

import static java.util.Objects.requireNonNull;

import dev.upkeep.calendar.Occurrence;
import dev.upkeep.calendar.Slot;
import dev.upkeep.calendar.WindowKind;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A group of upgrades done together in one window, in order, with what must hold before, how to
 * verify it, when to roll it back and how.
 *
 * @param number 1-based, in the order to do them
 * @param occurrence the cadence occurrence it belongs to; null when out of band
 * @param windowKind the kind of window it needs
 * @param slot where it is placed; null when out of band or when no window fits
 * @param dueAt the earliest SLA end of its urgent upgrades, or null
 * @param due the earliest due day of its upgrades
 * @param migrations it contains schema migrations (rollback restores the backup)
 * @param notes placement notes (a freeze skipped, no window before the due date)
 */
public record Wave(
        int number,
        WaveKind kind,
        Occurrence occurrence,
        WindowKind windowKind,
        Slot slot,
        ZonedDateTime dueAt,
        LocalDate due,
        boolean migrations,
        List<Step> steps,
        List<String> preconditions,
        List<String> verification,
        List<String> rollbackCriteria,
        List<String> rollbackSteps,
        List<String> notes) {
    public Wave {
        requireNonNull(kind, "kind is null");
        requireNonNull(windowKind, "windowKind is null");
        requireNonNull(due, "due is null");
        steps = List.copyOf(steps);
        preconditions = List.copyOf(preconditions);
        verification = List.copyOf(verification);
        rollbackCriteria = List.copyOf(rollbackCriteria);
        rollbackSteps = List.copyOf(rollbackSteps);
        notes = List.copyOf(notes);
    }

    public String title() {
        return kind.title() + (occurrence == null ? "" : " — " + occurrence.label());
    }

    public List<Upgrade> upgrades() {
        return steps.stream().flatMap(s -> s.upgrades().stream()).toList();
    }
}
