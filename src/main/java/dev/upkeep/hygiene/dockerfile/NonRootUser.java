package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import java.util.List;
import java.util.Map;

/** The final stage must switch to a non-root user: the runbook wants images non-root by default. */
final class NonRootUser implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/non-root-user", Severity.HIGH,
            "The image runs as root",
            "Create an unprivileged user and end the final stage with USER <name or uid> (e.g. USER 10001).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        Scope last = t.last();
        for (Scope s : last.lineage()) {
            List<Instruction> users = s.all("USER");
            if (!users.isEmpty()) {
                Instruction user = users.get(users.size() - 1);
                String name = user.words().isEmpty() ? "" : user.words().get(0);
                if (!isRoot(name)) {
                    return List.of();
                }
                return List.of(t.finding(INFO, user, "final stage", "The image runs as root: " + last.label()
                        + " ends with USER " + name + " (line " + user.line() + ").", Map.of("user", name)));
            }
        }
        if (last.stage() != null && last.stage().resolvedImage().contains("nonroot")) {
            return List.of(); // distroless ":nonroot" images already default to an unprivileged user
        }
        Instruction at = last.stage() != null ? last.stage().from() : last.instructions().isEmpty() ? null : last.instructions().get(0);
        if (at == null) {
            return List.of();
        }
        return List.of(t.finding(INFO, at, "final stage", "The image runs as root: " + last.label()
                + " (line " + at.line() + ") never sets USER, so it keeps the base image's user (root for most images).",
                Map.of("user", "")));
    }

    static boolean isRoot(String user) {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        return name.equals("root") || name.equals("0");
    }
}
