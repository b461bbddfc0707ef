package dev.upkeep.probe.disk;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One path of {@code targets.disk}: the file system holding it is judged.
 *
 * @param path a file or folder on the file system to watch
 * @param thresholdPct used share from which it is a finding (runbook: disk usage under 90%)
 */
public record DiskTarget(Path path, double thresholdPct) {
    public static final double DEFAULT_THRESHOLD_PCT = 90;

    public DiskTarget {
        requireNonNull(path, "path is null");
    }

    public static DiskTarget of(Path path) {
        return new DiskTarget(path, DEFAULT_THRESHOLD_PCT);
    }
}
