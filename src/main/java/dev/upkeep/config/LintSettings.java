package dev.upkeep.config;

import java.util.List;
import java.util.Optional;

/**
 * The {@code lint:} section of upkeep.yml.
 *
 * @param failOn the threshold when the command line gives none; empty means the command's default
 * @param disable rule ids (globs allowed) that are not run at all
 */
public record LintSettings(Optional<FailOn> failOn, List<Glob> disable) {
    public static final LintSettings DEFAULTS = new LintSettings(Optional.empty(), List.of());

    public LintSettings {
        failOn = failOn == null ? Optional.empty() : failOn;
        disable = List.copyOf(disable);
    }

    /** Whether the rule with this id is disabled. */
    public boolean disabled(String ruleId) {
        return disable.stream().anyMatch(g -> g.matches(ruleId));
    }
}
