package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;
import java.util.Map;

/** A relative WORKDIR depends on the WORKDIR the base image happens to set. */
final class RelativeWorkdir implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/relative-workdir", Severity.LOW,
            "WORKDIR is a relative path", "Use an absolute path: WORKDIR /app.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        return t.dockerfile().instructions().stream()
                .filter(i -> i.is("WORKDIR") && !i.words().isEmpty() && !absolute(i.words().get(0)))
                .map(i -> t.finding(INFO, i, Target.subject(i), "WORKDIR " + i.words().get(0) + " at line " + i.line()
                        + " is relative, so where files land depends on the base image.", Map.of("workdir", i.words().get(0))))
                .toList();
    }

    /** Unix absolute, Windows drive (C:\ or C:/), or a variable whose value we cannot know. */
    static boolean absolute(String path) {
        return path.startsWith("/") || path.startsWith("$") || path.matches("(?i)[a-z]:([\\\\/\"].*)?") || path.startsWith("\\");
    }
}
