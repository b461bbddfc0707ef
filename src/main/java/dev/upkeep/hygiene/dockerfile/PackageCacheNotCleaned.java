package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A package manager leaves its cache (apt lists, apk index, dnf/yum/zypper metadata, pip wheels,
 * yarn cache) in a layer the final image ships. Checked only in the final stage and the stages it
 * is built FROM: a builder stage's cache never reaches the image.
 */
final class PackageCacheNotCleaned implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/package-cache-not-cleaned", Severity.LOW,
            "A package manager's cache is left in the image",
            "Clean in the same RUN: apt-get ... && rm -rf /var/lib/apt/lists/*; apk add --no-cache; dnf/yum clean all; "
                    + "zypper clean; pip install --no-cache-dir; yarn cache clean; or use RUN --mount=type=cache for the cache directory.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        boolean dockerCleanRemoved = Run.all(t).stream().flatMap(r -> r.commands().stream())
                .anyMatch(c -> c.program().equals("rm") && c.args().stream().anyMatch(a -> a.startsWith("/etc/apt/apt.conf.d/docker-clean")));
        List<Finding> out = new ArrayList<>();
        for (Run run : Run.all(t)) {
            if (!run.scope().shipped()) {
                continue;
            }
            for (String manager : Caches.leftBehind(run, dockerCleanRemoved)) {
                out.add(t.finding(INFO, run.instruction(), Target.subject(run.instruction()) + " [" + manager + "]",
                        "RUN at line " + run.instruction().line() + " leaves the " + manager + " cache in the image ("
                                + Caches.HOW.get(manager) + ").", Map.of("manager", manager)));
            }
        }
        return out;
    }
}
