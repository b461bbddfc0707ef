package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import java.util.List;
import java.util.Map;

/** Only ARG may come before the first FROM; anything else makes the build fail. */
final class InstructionBeforeFrom implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/instruction-before-from", Severity.MEDIUM,
            "An instruction other than ARG comes before the first FROM",
            "Start the Dockerfile with FROM (only ARG and comments may precede it).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        for (Instruction i : t.dockerfile().instructions()) {
            if (i.is("FROM")) {
                return List.of();
            }
            if (!i.is("ARG")) {
                boolean noFrom = t.dockerfile().stages().isEmpty();
                return List.of(t.finding(INFO, i, i.keyword(), i.keyword() + " at line " + i.line()
                        + (noFrom ? " is outside any stage: the file has no FROM." : " comes before the first FROM."),
                        Map.of("keyword", i.keyword())));
            }
        }
        return List.of();
    }
}
