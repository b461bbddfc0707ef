package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.calendar.Cadence;
import dev.upkeep.calendar.Occurrence;
import dev.upkeep.calendar.Schedule;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.versioning.UpdateType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Applies the {@link Policy} to findings: picks the rule for each signal, then computes its due
 * date and cadence occurrence. Urgent work is due its SLA after it was detected (exact hours, so
 * a 24-hour SLA over a daylight-saving change ends at a different wall-clock hour), on the day
 * that instant falls on in the policy's zone. Planned work is due the last day of the next
 * occurrence of its cadence that a freeze does not close to it; deferred work is due the last day
 * of the occurrence that evaluates it, and done in the first occurrence of its {@code adopt}
 * cadence after that.
 */
public final class Classifier {
    /** The rule-id prefix of every live-probe finding. */
    public static final String OPERATIONS_PREFIX = "probe/";

    private final Policy policy;
    private final Schedule schedule;
    private final LocalDate today;
    private final java.util.Map<String, Occurrence> occurrences = new java.util.HashMap<>();

    /** @param now the run's instant: "today" is its date in the policy's zone */
    public Classifier(Policy policy, Schedule schedule, Instant now) {
        this.policy = requireNonNull(policy, "policy is null");
        this.schedule = requireNonNull(schedule, "schedule is null");
        this.today = now.atZone(policy.zone()).toLocalDate();
    }

    public LocalDate today() {
        return today;
    }

    /** The finding with its class, due date and cadence set. */
    public Finding apply(Finding f, Instant detected) {
        Classification c = classify(f, detected);
        return f.classified(c.findingClass(), c.due(), c.cadence());
    }

    public Classification classify(Finding f, Instant detected) {
        PolicyRule rule = ruleFor(f);
        Set<Set<String>> work = Set.of(categories(f));
        if (rule.findingClass() == FindingClass.URGENT) {
            boolean transitive = "transitive".equals(f.evidence().get("relation"));
            ZonedDateTime dueAt = detected.atZone(policy.zone()).plus(rule.sla(transitive));
            return new Classification(FindingClass.URGENT, dueAt, dueAt.toLocalDate(), null, null);
        }
        Occurrence occ = occurrence(rule.cadence(), today, work);
        LocalDate due = occ.end();
        LocalDate eol = f.ruleId().equals(DriftFindings.END_OF_LIFE_SOON) ? date(f.evidence().get("eol")) : null;
        if (eol != null) {
            if (occ.start().isAfter(eol)) {
                occ = occurrence(Cadence.MONTHLY, today, work);
            }
            due = occ.end().isAfter(eol) ? eol : occ.end();
        }
        if (rule.findingClass() == FindingClass.PLANNED) {
            return new Classification(FindingClass.PLANNED, null, due, occ, null);
        }
        Occurrence adopt = rule.adopt() == null ? null : occurrence(rule.adopt(), occ.end().plusDays(1), work);
        return new Classification(FindingClass.DEFER, null, due, occ, adopt);
    }

    /** The schedule's answer, remembered: a plan asks the same few questions for thousands of findings. */
    private Occurrence occurrence(Cadence cadence, LocalDate from, Set<Set<String>> work) {
        return occurrences.computeIfAbsent(cadence + "|" + from + "|" + work, k -> schedule.occurrence(cadence, from, work));
    }

    PolicyRule ruleFor(Finding f) {
        return switch (f.ruleId()) {
            case DriftFindings.ADVISORY -> policy.advisories().get(f.severity());
            case DriftFindings.END_OF_LIFE -> policy.endOfLife();
            case DriftFindings.END_OF_LIFE_SOON -> policy.endOfLifeSoon();
            case DriftFindings.MAJOR -> policy.update(UpdateType.MAJOR);
            case DriftFindings.MINOR -> policy.update(UpdateType.MINOR);
            case DriftFindings.PATCH -> policy.update(UpdateType.PATCH);
            default -> isOperations(f) ? policy.operations().get(f.severity()) : policy.hygiene().get(f.severity());
        };
    }

    /**
     * The categories of work a finding asks for, which freezes allow or not: {@code security} for
     * advisories and past end of life, the size of an update, {@code operations} for findings of
     * live probes, and {@code hygiene} for the rest.
     */
    public static Set<String> categories(Finding f) {
        return switch (f.ruleId()) {
            case DriftFindings.ADVISORY, DriftFindings.END_OF_LIFE -> Set.of("security");
            case DriftFindings.END_OF_LIFE_SOON, DriftFindings.MAJOR -> Set.of("major");
            case DriftFindings.MINOR -> Set.of("minor");
            case DriftFindings.PATCH -> Set.of("patch");
            default -> Set.of(isOperations(f) ? "operations" : "hygiene");
        };
    }

    /** Whether a finding comes from a live probe ({@code check} or {@code drill}) rather than from the repository. */
    public static boolean isOperations(Finding f) {
        return f.ruleId().startsWith(OPERATIONS_PREFIX);
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
