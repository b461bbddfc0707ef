package dev.upkeep.config;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Finding;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One {@code ignore:} entry of upkeep.yml: an accepted finding, with why and until when.
 *
 * @param id a rule id ({@code compose/privileged}), a finding id
 *     ({@code compose/privileged:api@compose.yaml}) or an advisory id ({@code GHSA-…}); globs allowed
 * @param path where it applies (a glob over the repository-relative path), or empty for everywhere
 * @param reason why it is accepted; never blank
 * @param until the last day it holds; from the day after, the finding is reported again
 * @param line the line of upkeep.yml the entry starts on, for messages
 */
public record IgnoreEntry(Glob id, Optional<Glob> path, String reason, LocalDate until, int line) {
    public IgnoreEntry {
        requireNonNull(id, "id is null");
        path = path == null ? Optional.empty() : path;
        requireNonNull(reason, "reason is null");
        requireNonNull(until, "until is null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason is blank");
        }
    }

    /**
     * Whether this entry names the finding: its id glob matches the rule id, the subject (an
     * advisory id, say) or the finding id, and its path glob, if any, matches the finding's file.
     */
    public boolean matches(Finding finding) {
        boolean named = id.matches(finding.ruleId()) || id.matches(finding.subject()) || id.matches(finding.id());
        if (!named) {
            return false;
        }
        return path.isEmpty() || (finding.location() != null && path.get().matches(finding.location().file()));
    }

    /** Whether the entry no longer holds on {@code today}: the day after {@link #until}. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(until);
    }
}
