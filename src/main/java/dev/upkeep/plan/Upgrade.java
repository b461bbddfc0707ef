package dev.upkeep.plan;

import static java.util.Objects.requireNonNull;

import dev.upkeep.assess.Risk;
import dev.upkeep.calendar.Occurrence;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Kind;
import dev.upkeep.versioning.UpdateType;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One upgrade of one thing: a package, or a runtime with every place that names it (its version
 * file, its images, its CI services).
 *
 * @param key what moves, stable: {@code npm:next}, {@code pypi:fastapi}, {@code runtime:nodejs}
 * @param name as people write it ({@code next}, {@code nodejs})
 * @param from the version before the step (for a runtime, every version written for it)
 * @param to the version after it
 * @param floor the lowest acceptable target (the security fix); a target is never moved below it
 * @param step how big the step is
 * @param findingClass, dueAt, due, cadence the policy's decision, from the most urgent finding behind it
 * @param occurrence the occurrence whose windows take it; null when out of band
 * @param risk the risk bucket it goes in
 * @param migration it runs schema migrations (a database major, a migration tool)
 * @param categories the kinds of work it is, for freezes ({@code security}, {@code major}, ...)
 * @param reasons why, for people ({@code PYSEC-2024-38 (high)}, {@code end of life 2025-04-30})
 * @param findings ids of the findings it resolves
 * @param changes the edits it makes, file by file
 * @param group the group it moves with, or null
 * @param note how the planner changed it (moved, derived, retargeted), or null
 */
public record Upgrade(
        String key,
        Ecosystem ecosystem,
        Kind kind,
        String name,
        String from,
        String to,
        String floor,
        UpdateType step,
        FindingClass findingClass,
        ZonedDateTime dueAt,
        LocalDate due,
        String cadence,
        Occurrence occurrence,
        Risk risk,
        boolean migration,
        Set<String> categories,
        List<String> reasons,
        List<String> findings,
        List<Change> changes,
        String group,
        String note) {
    public Upgrade {
        requireNonNull(key, "key is null");
        requireNonNull(ecosystem, "ecosystem is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(step, "step is null");
        requireNonNull(findingClass, "findingClass is null");
        requireNonNull(due, "due is null");
        requireNonNull(cadence, "cadence is null");
        requireNonNull(risk, "risk is null");
        categories = Set.copyOf(new TreeSet<>(categories));
        reasons = List.copyOf(reasons);
        findings = List.copyOf(findings);
        changes = List.copyOf(changes);
    }

    /** A major step or a migration: it needs a breaking window, and a backup to roll back to. */
    public boolean breaking() {
        return step == UpdateType.MAJOR || migration;
    }

    public boolean urgent() {
        return findingClass == FindingClass.URGENT;
    }

    public Upgrade withTo(String newTo, String why) {
        return new Upgrade(key, ecosystem, kind, name, from, newTo, floor, step, findingClass, dueAt, due, cadence, occurrence, risk,
                migration, categories, reasons, findings, retarget(newTo), group, join(note, why));
    }

    /** The same move from another version (an earlier step moved it); the edits say so too. */
    public Upgrade withFrom(String newFrom) {
        List<Change> moved = changes.stream().map(c -> c.from().equals(name + " " + from) ? new Change(c.at(), name + " " + newFrom, c.to()) : c)
                .toList();
        return new Upgrade(key, ecosystem, kind, name, newFrom, to, floor, step, findingClass, dueAt, due, cadence, occurrence, risk,
                migration, categories, reasons, findings, moved, group, note);
    }

    public Upgrade withStep(UpdateType newStep) {
        return new Upgrade(key, ecosystem, kind, name, from, to, floor, newStep, findingClass, dueAt, due, cadence, occurrence, risk,
                migration, categories, reasons, findings, changes, group, note);
    }

    public Upgrade withNote(String why) {
        return new Upgrade(key, ecosystem, kind, name, from, to, floor, step, findingClass, dueAt, due, cadence, occurrence, risk,
                migration, categories, reasons, findings, changes, group, join(note, why));
    }

    /**
     * This upgrade and another of the same package as one, to {@code target}: the more urgent
     * decision, every reason and finding, the higher floor.
     */
    public Upgrade absorb(Upgrade other, String target) {
        Upgrade first = findingClass.compareTo(other.findingClass) < 0
                || findingClass == other.findingClass && !due.isAfter(other.due) ? this : other;
        java.util.LinkedHashSet<String> why = new java.util.LinkedHashSet<>(reasons);
        why.addAll(other.reasons);
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(findings);
        ids.addAll(other.findings);
        java.util.Set<String> cats = new TreeSet<>(categories);
        cats.addAll(other.categories);
        String f = floor == null ? other.floor : other.floor == null ? floor : floor.compareTo(other.floor) >= 0 ? floor : other.floor;
        Upgrade base = new Upgrade(key, ecosystem, kind, name, from, to, f, step.compareTo(other.step) <= 0 ? step : other.step,
                first.findingClass, first.dueAt, first.due, first.cadence, first.occurrence, risk.max(other.risk), migration || other.migration,
                cats, List.copyOf(why), List.copyOf(ids), changes, group != null ? group : other.group,
                note == null ? other.note : other.note == null ? note : note + "; " + other.note);
        return target.equals(to) ? base : base.withTo(target, null);
    }

    /** The same move, scheduled like {@code driver}: its class, due date, occurrence and bucket. */
    public Upgrade scheduledLike(Upgrade driver, String why) {
        return new Upgrade(key, ecosystem, kind, name, from, to, floor, step, driver.findingClass, driver.dueAt, driver.due,
                driver.cadence, driver.occurrence, risk.max(driver.risk), migration, categories, reasons, findings, changes, group,
                join(note, why));
    }

    /** The edits with the new target: a package's {@code name version} text gets the new version. */
    private List<Change> retarget(String newTo) {
        return changes.stream().map(c -> c.to().equals(name + " " + to) ? new Change(c.at(), c.from(), name + " " + newTo) : c).toList();
    }

    private static String join(String a, String b) {
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a == null || a.isEmpty() ? b : a + "; " + b;
    }
}
