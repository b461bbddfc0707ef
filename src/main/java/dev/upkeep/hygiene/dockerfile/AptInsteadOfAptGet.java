package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;
import java.util.Map;

/** {@code apt} is the interactive front-end; its output and options are not stable for scripts. */
final class AptInsteadOfAptGet implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/apt-instead-of-apt-get", Severity.LOW,
            "RUN uses apt instead of apt-get",
            "Use apt-get (or apt-cache) in Dockerfiles: apt warns that its command-line interface is not stable.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        return Run.all(t).stream().filter(r -> r.commands().stream().anyMatch(c -> c.runs("apt")))
                .map(r -> t.finding(INFO, r.instruction(), Target.subject(r.instruction()), "RUN at line "
                        + r.instruction().line() + " uses apt, whose interface is meant for people, not scripts.", Map.of()))
                .toList();
    }
}
