package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Dockerfile;
import dev.upkeep.inventory.container.Instruction;
import dev.upkeep.inventory.container.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code COPY --from} names a stage that is not defined before it (later, itself, or an index out
 * of range). Docker then tries to pull an image of that name, and the build fails or copies from
 * the wrong place. A name that matches no stage at all is an image reference and is fine.
 */
final class CopyFromUndefinedStage implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/copy-from-undefined-stage", Severity.MEDIUM,
            "COPY --from names a stage that is not defined before it",
            "Move the stage it copies from above this one, or fix the name or index.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        Dockerfile d = t.dockerfile();
        List<Finding> out = new ArrayList<>();
        for (Scope scope : t.scopes()) {
            int index = scope.stage() == null ? 0 : scope.stage().index();
            for (Instruction copy : scope.all("COPY")) {
                String from = copy.flag("from").orElse(null);
                if (from == null || from.contains("$") || d.stage(from, index).isPresent()) {
                    continue;
                }
                String problem = problem(d, from.toLowerCase(Locale.ROOT), index);
                if (problem != null) {
                    out.add(t.finding(INFO, copy, Target.subject(copy), "COPY --from=" + from + " at line " + copy.line()
                            + " " + problem + ".", Map.of("from", from)));
                }
            }
        }
        return out;
    }

    private static String problem(Dockerfile d, String from, int index) {
        if (from.matches("\\d+")) {
            return "names stage " + from + ", but only " + index + " stage(s) come before it";
        }
        for (Stage s : d.stages()) {
            if (from.equals(s.alias())) {
                return s.index() == index ? "copies from its own stage" : "names stage '" + from + "', defined later at line " + s.line();
            }
        }
        return null;
    }
}
