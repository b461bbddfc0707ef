package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * When a wave is rolled back: thresholds watched after it is deployed.
 *
 * @param errorRatePercent roll back when the error rate rises above this
 * @param latencyRegressionPercent roll back when p95 latency is this much above the baseline taken before the wave
 * @param latencyP95 roll back when API p95 latency exceeds this
 * @param watch how long production is watched after the wave
 */
public record RollbackCriteria(double errorRatePercent, double latencyRegressionPercent, Duration latencyP95, Duration watch) {
    public RollbackCriteria {
        requireNonNull(latencyP95, "latencyP95 is null");
        requireNonNull(watch, "watch is null");
    }
}
