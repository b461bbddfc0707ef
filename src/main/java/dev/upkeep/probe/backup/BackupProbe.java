package dev.upkeep.probe.backup;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Durations;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeContext;
import dev.upkeep.probe.ProbeException;
import dev.upkeep.probe.ProbeResult;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks at a backup location: the newest backup, its age against the RPO, its size against the
 * previous ones (a sudden shrink means tables went missing or the dump stopped early), and
 * whether it reads whole.
 */
final class BackupProbe implements Probe {
    /** How many earlier backups the newest one's size is compared with. */
    static final int HISTORY = 7;

    private final BackupTarget target;

    BackupProbe(BackupTarget target) {
        this.target = requireNonNull(target, "target is null");
    }

    @Override
    public String family() {
        return BackupFamily.ID;
    }

    @Override
    public String target() {
        return target.name();
    }

    @Override
    public Duration timeout() {
        return target.timeout();
    }

    /** A location without backups means data cannot be recovered: critical. */
    @Override
    public Severity unreachableSeverity() {
        return Severity.CRITICAL;
    }

    @Override
    public ProbeResult run(ProbeContext context) throws IOException {
        List<BackupFile> all = BackupCatalog.list(target.dir(), target.pattern());
        ProbeResult.Builder out = ProbeResult.builder(family(), target());
        out.measure("backups", all.size(), "count");
        if (all.isEmpty()) {
            out.finding("probe/backup-missing", null, Severity.CRITICAL,
                    "no backup matching '" + target.pattern() + "' in " + target.dir(),
                    "Check the backup job (cron, its logs) and that pattern: matches the files it writes.",
                    Map.of("pattern", target.pattern()));
            return out.build();
        }
        BackupFile newest = all.get(0);
        String file = newest.path().getFileName().toString();
        Duration age = Duration.between(newest.modified(), context.now());
        double hours = Math.round(age.toMinutes() / 6.0) / 10.0;
        out.measure("backupAge", file, hours, "h");
        out.measure("backupSize", file, newest.size(), "bytes");
        if (age.compareTo(target.rpo()) > 0) {
            out.finding("probe/backup-age", null, age.compareTo(target.rpo().multipliedBy(2)) > 0 ? Severity.CRITICAL : Severity.HIGH,
                    "the newest backup in " + target.dir() + " (" + file + ") is " + Durations.format(age) + " old, over the RPO of "
                            + Durations.format(target.rpo()),
                    "Check the backup job: did it run, did it fail, does it write to " + target.dir() + "?",
                    Map.of("ageHours", Double.toString(hours), "rpoHours", Double.toString(target.rpo().toMinutes() / 60.0), "file", file));
        }
        judgeSize(all, out);
        if (target.verify()) {
            Optional<String> problem = Readability.problem(newest, new PgTools(target.bin()), context.timeout());
            problem.ifPresent(why -> out.finding("probe/backup-unreadable", null, Severity.CRITICAL,
                    "the newest backup " + file + " cannot be read whole: " + why,
                    "Take a new backup now and find why this one broke (disk full, job killed, network copy cut short).",
                    Map.of("file", file, "format", newest.format().id())));
            out.measure("readable", file, problem.isEmpty() ? 1 : 0, "bool");
        }
        return out.build();
    }

    private void judgeSize(List<BackupFile> all, ProbeResult.Builder out) {
        BackupFile newest = all.get(0);
        List<Long> earlier = all.stream().skip(1).filter(b -> b.format() == newest.format()).limit(HISTORY)
                .map(BackupFile::size).sorted().toList();
        if (earlier.isEmpty()) {
            return;
        }
        long median = earlier.get(earlier.size() / 2);
        out.measure("previousMedianSize", median, "bytes");
        if (median > 0 && newest.size() < median * target.shrinkPct() / 100) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("sizeBytes", Long.toString(newest.size()));
            e.put("previousMedianBytes", Long.toString(median));
            e.put("shrinkPct", Double.toString(Math.round(1000.0 - 1000.0 * newest.size() / median) / 10.0));
            e.put("compared", Integer.toString(earlier.size()));
            out.finding("probe/backup-shrink", null, Severity.HIGH,
                    "the newest backup " + newest.path().getFileName() + " is " + newest.size() + " bytes, under " + Math.round(target.shrinkPct())
                            + "% of the previous ones (median " + median + " bytes)",
                    "Compare its table list with the previous one (pg_restore --list); a dump cut short or a dropped table shrinks it.", e);
        }
    }
}
