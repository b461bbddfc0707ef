package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;
import java.util.Map;

/** {@code cd /dir} at the start of a RUN: WORKDIR says it once, for every later instruction. */
final class CdInsteadOfWorkdir implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/cd-instead-of-workdir", Severity.INFO,
            "RUN changes to an absolute directory with cd",
            "Use WORKDIR /dir before the RUN instead of cd.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        return Run.all(t).stream()
                .filter(r -> r.commands().stream().anyMatch(c -> c.runs("cd") && c.args().size() == 1 && c.args().get(0).startsWith("/")))
                .map(r -> t.finding(INFO, r.instruction(), Target.subject(r.instruction()), "RUN at line "
                        + r.instruction().line() + " changes directory with cd; WORKDIR is clearer and applies to later steps.",
                        Map.of()))
                .toList();
    }
}
