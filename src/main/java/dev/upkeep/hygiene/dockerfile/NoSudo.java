package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;
import java.util.Map;

/** sudo in a build: it needs a TTY and a sudoers setup, and hides which user a step runs as. */
final class NoSudo implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/no-sudo", Severity.MEDIUM,
            "RUN uses sudo",
            "Drop sudo: run root steps before USER switches to the unprivileged user (or switch with USER root and back); "
                    + "at run time use gosu or su-exec.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        return Run.all(t).stream().filter(r -> r.commands().stream().anyMatch(Command::sudo))
                .map(r -> t.finding(INFO, r.instruction(), Target.subject(r.instruction()), "RUN at line "
                        + r.instruction().line() + " uses sudo.", Map.of()))
                .toList();
    }
}
