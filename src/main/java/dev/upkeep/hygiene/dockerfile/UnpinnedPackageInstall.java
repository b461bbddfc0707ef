package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A language package installed by name without a version (pip, npm, yarn, gem, go): the image gets
 * whatever is newest on build day, and no lock file records it. OS packages (apt, apk, dnf) are
 * deliberately not checked: the runbook patches images by rebuilding them, which pinned OS
 * package versions would prevent.
 */
final class UnpinnedPackageInstall implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/unpinned-package-install", Severity.LOW,
            "A language package is installed without a version",
            "Pin the version (pip install tool==1.2.3, npm install -g tool@1.2.3, gem install tool:1.2.3, go install pkg@v1.2.3) "
                    + "or install from a lock file (pip install -r requirements.txt, npm ci).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Run run : Run.all(t)) {
            for (Command c : run.commands()) {
                String manager = c.runs("pipx") ? "pip" : Packages.manager(c);
                List<String> unpinned = switch (manager) {
                    case "pip" -> Pinning.pip(c);
                    case "npm", "yarn" -> Pinning.npm(c, manager);
                    case "gem" -> Pinning.gem(c);
                    case "go" -> Pinning.go(c);
                    default -> List.of();
                };
                if (!unpinned.isEmpty()) {
                    out.add(t.finding(INFO, run.instruction(), Target.subject(run.instruction()) + " [" + manager + "]",
                            "RUN at line " + run.instruction().line() + " installs " + String.join(", ", unpinned)
                                    + " with " + c.program() + " without a version.", Map.of("manager", manager,
                                    "program", c.program(), "packages", String.join(" ", unpinned))));
                }
            }
        }
        return out;
    }
}
