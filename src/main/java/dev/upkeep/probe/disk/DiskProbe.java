package dev.upkeep.probe.disk;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeContext;
import dev.upkeep.probe.ProbeException;
import dev.upkeep.probe.ProbeResult;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Map;

/** Usage of the file system holding a path, counted as {@code df} does (space reserved for root is not free). */
final class DiskProbe implements Probe {
    private final DiskTarget target;

    DiskProbe(DiskTarget target) {
        this.target = requireNonNull(target, "target is null");
    }

    @Override
    public String family() {
        return DiskFamily.ID;
    }

    @Override
    public String target() {
        return target.path().toString();
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public ProbeResult run(ProbeContext context) throws IOException {
        FileStore store;
        try {
            store = Files.getFileStore(target.path());
        } catch (NoSuchFileException e) {
            throw new ProbeException("no such file or folder: " + target.path());
        }
        long total = store.getTotalSpace();
        long used = total - store.getUnallocatedSpace();
        long available = store.getUsableSpace();
        if (used + available <= 0) {
            throw new ProbeException("the file system of " + target.path() + " (" + store.name() + ") reports no size");
        }
        double pct = Math.ceil(1000.0 * used / (used + available)) / 10.0;
        ProbeResult.Builder out = ProbeResult.builder(family(), target());
        out.measure("diskUsed", pct, "%");
        out.measure("diskTotal", total, "bytes");
        out.measure("diskAvailable", available, "bytes");
        if (pct >= target.thresholdPct()) {
            out.finding("probe/disk-usage", null, pct >= 95 ? Severity.CRITICAL : Severity.HIGH,
                    "the file system of " + target() + " (" + store.name() + ") is " + pct + "% full, " + gib(available) + " left",
                    "Free space (old backups, logs, docker system prune, VACUUM FULL of bloated tables) or grow the volume.",
                    Map.of("usedPct", Double.toString(pct), "thresholdPct", Double.toString(target.thresholdPct()),
                            "availableBytes", Long.toString(available), "totalBytes", Long.toString(total)));
        }
        return out.build();
    }

    private static String gib(long bytes) {
        return Math.round(bytes / 107374182.4) / 10.0 + " GiB";
    }
}
