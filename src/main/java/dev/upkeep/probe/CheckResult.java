package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Finding;
import java.time.Duration;
import java.util.List;

/**
 * The results of one {@code upkeep check} (or drill) run.
 *
 * @param results one per probe, in the order the probes were given
 * @param elapsed wall time of the whole run
 * @param deadline the global deadline it ran under
 */
public record CheckResult(List<ProbeResult> results, Duration elapsed, Duration deadline) {
    public CheckResult {
        results = List.copyOf(results);
        requireNonNull(elapsed, "elapsed is null");
        requireNonNull(deadline, "deadline is null");
    }

    /** The same run with each target's findings replaced by {@code f} of them (classified, say). */
    public CheckResult mapFindings(java.util.function.UnaryOperator<List<Finding>> f) {
        return new CheckResult(results.stream().map(r -> r.withFindings(f.apply(r.findings()))).toList(), elapsed, deadline);
    }

    public List<Finding> findings() {
        return results.stream().flatMap(r -> r.findings().stream()).toList();
    }

    public List<Component> components() {
        return results.stream().flatMap(r -> r.components().stream()).toList();
    }

    /** Targets that could be probed. */
    public long probed() {
        return results.stream().filter(ProbeResult::probed).count();
    }

    /** Targets that could not be probed (failed or timed out). */
    public long failed() {
        return results.size() - probed();
    }

    /** Whether something is missing from the picture: a target not probed, or a check not made. */
    public boolean partial() {
        return failed() > 0 || results.stream().anyMatch(r -> !r.problems().isEmpty());
    }

    /** Whether there were targets and none of them could be probed. */
    public boolean nothingProbed() {
        return !results.isEmpty() && probed() == 0;
    }
}
