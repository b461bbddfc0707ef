package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; earlier ones mislead readers. */
final class OverriddenInstruction implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/overridden-instruction", Severity.LOW,
            "A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK",
            "Keep one CMD, one ENTRYPOINT and one HEALTHCHECK per stage; delete the ones that are overridden.");
    private static final List<String> KEYWORDS = List.of("CMD", "ENTRYPOINT", "HEALTHCHECK");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Scope s : t.scopes()) {
            for (String keyword : KEYWORDS) {
                List<Instruction> all = s.all(keyword);
                Instruction last = all.isEmpty() ? null : all.get(all.size() - 1);
                for (Instruction i : all.subList(0, Math.max(0, all.size() - 1))) {
                    out.add(t.finding(INFO, i, Target.subject(i), keyword + " at line " + i.line() + " in " + s.label()
                            + " has no effect: the " + keyword + " at line " + last.line() + " overrides it.",
                            Map.of("keyword", keyword)));
                }
            }
        }
        return out;
    }
}
