package dev.upkeep.plan;

import static java.util.Objects.requireNonNull;

import dev.upkeep.assess.Policy;
import dev.upkeep.calendar.Schedule;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Problem;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The month's maintenance plan: every finding classified, the waves in order, what no order can
 * do, and what upkeep did not know.
 *
 * @param stack the stack's root as the user named it
 * @param today the run's date in the policy's zone
 * @param at the run's instant in the policy's zone (start of {@code today} when the date was given)
 * @param findings every finding, classified, most urgent first
 * @param unknowns what upkeep could not find out (no data, a source down), sorted
 * @param problems files that could not be read
 */
public record Plan(
        String stack,
        LocalDate today,
        ZonedDateTime at,
        Policy policy,
        Schedule schedule,
        List<Finding> findings,
        List<Wave> waves,
        List<Blocked> blocked,
        List<String> unknowns,
        List<Problem> problems) {
    public Plan {
        requireNonNull(stack, "stack is null");
        requireNonNull(today, "today is null");
        requireNonNull(at, "at is null");
        requireNonNull(policy, "policy is null");
        requireNonNull(schedule, "schedule is null");
        findings = List.copyOf(findings);
        waves = List.copyOf(waves);
        blocked = List.copyOf(blocked);
        unknowns = List.copyOf(unknowns);
        problems = List.copyOf(problems);
    }

    /** How many findings of each class (every class present, zero or not). */
    public Map<FindingClass, Integer> counts() {
        Map<FindingClass, Integer> m = new EnumMap<>(FindingClass.class);
        for (FindingClass c : FindingClass.values()) {
            m.put(c, 0);
        }
        findings.forEach(f -> m.merge(f.findingClass(), 1, Integer::sum));
        return m;
    }

    public List<Finding> findings(FindingClass c) {
        return findings.stream().filter(f -> f.findingClass() == c).toList();
    }
}
