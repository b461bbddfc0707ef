package dev.upkeep.probe.backup;

import static java.util.Objects.requireNonNull;

import dev.upkeep.probe.SecretRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One backup location of {@code targets.backups}.
 *
 * @param name what reports call it; by default the folder
 * @param dir the folder holding the backups
 * @param pattern which of its entries are backups (a glob, {@code *} by default)
 * @param rpo the oldest the newest backup may be (runbook: daily backups, so 24 h)
 * @param rto how long a restore may take (checked by the restore drill)
 * @param shrinkPct a newest backup smaller than this share of the previous ones' median is suspicious
 * @param verify whether to read each newest backup whole (pg_restore, gzip CRC, closing comment)
 * @param timeout the probe's budget (reading a large backup takes a while)
 * @param database the database the backups are of, for the drill's row-count comparison
 * @param restore how to run restore drills, when they are configured
 * @param bin the folder of pg_restore and psql, when they are not on the PATH
 */
public record BackupTarget(String name, Path dir, String pattern, Duration rpo, Duration rto, double shrinkPct, boolean verify,
        Duration timeout, Optional<SecretRef> database, Optional<Restore> restore, Optional<Path> bin) {
    public static final Duration DEFAULT_RPO = Duration.ofHours(24);
    public static final Duration DEFAULT_RTO = Duration.ofHours(1);
    public static final double DEFAULT_SHRINK_PCT = 50;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /**
     * How to run a restore drill.
     *
     * @param into a maintenance connection (database {@code postgres}) to the server the scratch
     *     database is created on; its role needs CREATEDB
     * @param assertions SQL run in the restored database; each must return true (or a non-zero number)
     * @param jobs parallel jobs for pg_restore of custom and directory archives
     * @param rowTolerancePct how many fewer rows than the source a restored table may have (the
     *     source has grown since the backup)
     * @param exactCounts count the source's rows exactly instead of reading the statistics' estimate
     */
    public record Restore(SecretRef into, List<String> assertions, int jobs, double rowTolerancePct, boolean exactCounts) {
        public static final double DEFAULT_ROW_TOLERANCE_PCT = 20;

        public Restore {
            requireNonNull(into, "into is null");
            assertions = List.copyOf(assertions);
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
            }
        }
    }

    public BackupTarget {
        requireNonNull(name, "name is null");
        requireNonNull(dir, "dir is null");
        requireNonNull(pattern, "pattern is null");
        requireNonNull(rpo, "rpo is null");
        requireNonNull(rto, "rto is null");
        requireNonNull(timeout, "timeout is null");
        database = database == null ? Optional.empty() : database;
        restore = restore == null ? Optional.empty() : restore;
        bin = bin == null ? Optional.empty() : bin;
    }

    public static BackupTarget of(Path dir) {
        return new BackupTarget(dir.toString(), dir, "*", DEFAULT_RPO, DEFAULT_RTO, DEFAULT_SHRINK_PCT, true, DEFAULT_TIMEOUT,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public BackupTarget withPattern(String glob) {
        return new BackupTarget(name, dir, glob, rpo, rto, shrinkPct, verify, timeout, database, restore, bin);
    }

    public BackupTarget withRpo(Duration d) {
        return new BackupTarget(name, dir, pattern, d, rto, shrinkPct, verify, timeout, database, restore, bin);
    }

    public BackupTarget withRto(Duration d) {
        return new BackupTarget(name, dir, pattern, rpo, d, shrinkPct, verify, timeout, database, restore, bin);
    }

    public BackupTarget withDatabase(SecretRef db) {
        return new BackupTarget(name, dir, pattern, rpo, rto, shrinkPct, verify, timeout, Optional.of(db), restore, bin);
    }

    public BackupTarget withRestore(Restore r) {
        return new BackupTarget(name, dir, pattern, rpo, rto, shrinkPct, verify, timeout, database, Optional.of(r), bin);
    }
}
