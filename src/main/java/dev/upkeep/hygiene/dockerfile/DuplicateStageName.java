package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two stages with one name: BuildKit refuses the file, and readers cannot tell which one --from means. */
final class DuplicateStageName implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/duplicate-stage-name", Severity.MEDIUM,
            "Two stages have the same name", "Give every stage a unique name after AS.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        Map<String, Stage> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Stage s : t.dockerfile().stages()) {
            if (s.alias() == null) {
                continue;
            }
            Stage first = seen.putIfAbsent(s.alias(), s);
            if (first != null) {
                out.add(t.finding(INFO, s.from(), s.alias(), "Stage name '" + s.alias() + "' at line " + s.line()
                        + " is already used by the stage at line " + first.line() + ".", Map.of("stage", s.alias())));
            }
        }
        return out;
    }
}
