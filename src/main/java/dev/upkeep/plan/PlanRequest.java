package dev.upkeep.plan;

import static java.util.Objects.requireNonNull;

import dev.upkeep.assess.Groups;
import dev.upkeep.assess.Policy;
import dev.upkeep.assess.ReleaseLookup;
import dev.upkeep.assess.RiskRules;
import dev.upkeep.assess.UpgradePath;
import dev.upkeep.calendar.Schedule;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Problem;
import dev.upkeep.versioning.VersionScheme;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Everything the planner works from; it reads nothing else.
 *
 * @param now the run's instant ("today" is its date in the policy's zone)
 * @param paths every component's upgrade path
 * @param driftFindings the findings of the paths that the stack does not ignore (unclassified)
 * @param otherFindings hygiene findings and expired ignores (unclassified)
 * @param detected when each finding was first seen (the run's instant until a ledger knows better)
 */
public record PlanRequest(
        String stack,
        Instant now,
        Policy policy,
        Schedule schedule,
        RiskRules risk,
        Groups groups,
        List<UpgradePath> paths,
        List<Finding> driftFindings,
        List<Finding> otherFindings,
        ReleaseLookup releases,
        Function<String, VersionScheme> schemes,
        RepoFacts repo,
        List<String> unknowns,
        List<Problem> problems,
        Function<Finding, Instant> detected) {
    public PlanRequest {
        requireNonNull(stack, "stack is null");
        requireNonNull(now, "now is null");
        requireNonNull(policy, "policy is null");
        requireNonNull(schedule, "schedule is null");
        requireNonNull(risk, "risk is null");
        requireNonNull(groups, "groups is null");
        paths = List.copyOf(paths);
        driftFindings = List.copyOf(driftFindings);
        otherFindings = List.copyOf(otherFindings);
        requireNonNull(releases, "releases is null");
        requireNonNull(schemes, "schemes is null");
        requireNonNull(repo, "repo is null");
        unknowns = List.copyOf(unknowns);
        problems = List.copyOf(problems);
        requireNonNull(detected, "detected is null");
    }
}
