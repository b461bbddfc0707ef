package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Nothing checks the health of the container: no HEALTHCHECK in the final stage or the stages it
 * builds on, and no Compose service built from this Dockerfile defines a healthcheck.
 * {@code HEALTHCHECK NONE} is an explicit decision and counts as one.
 */
final class NoHealthcheck implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/no-healthcheck", Severity.LOW,
            "Nothing checks the container's health",
            "Add HEALTHCHECK CMD to the final stage (e.g. HEALTHCHECK CMD curl -fsS http://localhost:8000/health || exit 1), "
                    + "or a healthcheck to the Compose service that builds this Dockerfile.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) throws IOException {
        Scope last = t.last();
        if (last.lineage().stream().anyMatch(s -> !s.all("HEALTHCHECK").isEmpty())) {
            return List.of();
        }
        if (ComposeHealthchecks.checking(t.context(), t.path()).isPresent()) {
            return List.of();
        }
        Instruction at = last.stage() != null ? last.stage().from() : last.instructions().isEmpty() ? null : last.instructions().get(0);
        if (at == null) {
            return List.of();
        }
        return List.of(t.finding(INFO, at, "final stage", "Nothing checks the health of this image: " + last.label()
                + " has no HEALTHCHECK and no Compose service built from " + t.path() + " defines a healthcheck.",
                Map.of()));
    }
}
