package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Severity;
import java.time.Duration;

/**
 * A probe that could not even be set up (its CA file is unreadable, say): it fails when run, so
 * the problem shows as that target's result instead of ending the run.
 */
public record FailingProbe(String family, String target, String reason, Severity unreachableSeverity) implements Probe {
    public FailingProbe {
        requireNonNull(family, "family is null");
        requireNonNull(target, "target is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(unreachableSeverity, "unreachableSeverity is null");
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(1);
    }

    @Override
    public ProbeResult run(ProbeContext context) {
        throw new ProbeException(reason);
    }
}
