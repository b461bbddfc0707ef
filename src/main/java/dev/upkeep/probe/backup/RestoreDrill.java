package dev.upkeep.probe.backup;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Durations;
import dev.upkeep.probe.PgConnect;
import dev.upkeep.probe.PgUrl;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeContext;
import dev.upkeep.probe.ProbeException;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code upkeep drill restore}: restores the newest (or a named) backup with the real
 * {@code pg_restore}/{@code psql} into a freshly created scratch database, checks it, times the
 * restore against the RTO, and drops the scratch database. Never touches the source: the scratch
 * name is new and marked, the connections are compared first, and a SQL dump that would switch
 * databases is refused line by line. Scratch databases of a drill killed half-way are dropped by
 * the next drill; Ctrl-C drops the current one.
 */
public final class RestoreDrill implements Probe {
    public static final String FAMILY = "drill";

    private final BackupTarget target;
    private final Optional<Path> backup;
    private final Duration timeout;
    private final Clock clock;

    public RestoreDrill(BackupTarget target, Optional<Path> backup, Duration timeout, Clock clock) {
        this.target = requireNonNull(target, "target is null");
        this.backup = backup == null ? Optional.empty() : backup;
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public String target() {
        return target.name();
    }

    @Override
    public Duration timeout() {
        return timeout;
    }

    /**
     * Refuses a drill whose scratch server connection could be the source database itself.
     * Resolves the connection references; call before {@link #run} to fail early.
     *
     * @throws DrillRefused saying which two connections could be the same
     */
    public void preflight(Secrets secrets) {
        BackupTarget.Restore r = target.restore().orElseThrow(() -> new DrillRefused(
                "the backup location " + target.name() + " has no restore: settings (restore.into names the scratch server)"));
        PgUrl into = PgUrl.parse(secrets.resolve(r.into()));
        if (into.database().startsWith(ScratchDatabases.PREFIX)) {
            throw new DrillRefused("restore.into points at a scratch database (" + into.display() + "); give the maintenance database, postgres");
        }
        if (target.database().isPresent()) {
            PgUrl source = PgUrl.parse(secrets.resolve(target.database().get()));
            if (into.couldBeSameDatabase(source)) {
                throw new DrillRefused("restore.into (" + into.display() + ") could be the source database (" + source.display()
                        + "); point it at the maintenance database (postgres) of a scratch server");
            }
        }
    }

    @Override
    public ProbeResult run(ProbeContext context) throws IOException, SQLException {
        preflight(context.secrets());
        BackupTarget.Restore settings = target.restore().orElseThrow();
        PgUrl into = PgUrl.parse(context.secrets().resolve(settings.into()));
        Optional<PgUrl> source = target.database().map(ref -> PgUrl.parse(context.secrets().resolve(ref)));
        BackupFile file = pick();
        PgTools tools = new PgTools(target.bin());
        tools.find(file.format().archive() ? "pg_restore" : "psql");
        String scratch = ScratchDatabases.newName(clock);
        if (source.isPresent() && source.get().database().equals(scratch)) {
            throw new DrillRefused("the scratch database name " + scratch + " is the source's name");
        }
        ProbeResult.Builder out = ProbeResult.builder(family(), target());
        String name = file.path().getFileName().toString();
        out.measure("backupAge", name, Math.round(Duration.between(file.modified(), clock.instant()).toMinutes() / 6.0) / 10.0, "h");
        out.measure("backupSize", name, file.size(), "bytes");
        try (Connection admin = PgConnect.readWrite(into, context.timeout())) {
            out.measure("leftoversDropped", ScratchDatabases.dropLeftovers(admin).size(), "count");
            ScratchDatabases.create(admin, scratch, clock);
            Thread hook = new Thread(() -> {
                tools.kill();
                ScratchDatabases.dropQuietly(into, scratch);
            }, "upkeep-drill-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                restoreAndCheck(tools, file, into.withDatabase(scratch), source, settings, context, out);
            } finally {
                boolean dropped = drop(admin, scratch, out);
                out.measure("scratchDropped", dropped ? 1 : 0, "bool");
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
        }
        return out.build();
    }

    private void restoreAndCheck(PgTools tools, BackupFile file, PgUrl scratch, Optional<PgUrl> source, BackupTarget.Restore settings,
            ProbeContext context, ProbeResult.Builder out) throws IOException, SQLException {
        long t0 = System.nanoTime();
        Restorer.Outcome restored;
        try {
            restored = Restorer.restore(tools, file, scratch, settings.jobs(), context.timeout());
        } catch (PgTools.RefusedInput e) {
            throw new DrillRefused("refused to restore " + file.path().getFileName() + ": " + e.getMessage());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        out.measure("restoreTime", took.toMillis() / 1000.0, "s");
        out.measure("restoreErrors", restored.errors(), "count");
        if (restored.errors() > 0) {
            out.finding("probe/drill-restore-errors", "drill", Severity.HIGH,
                    "restoring " + file.path().getFileName() + " reported " + restored.errors() + " error(s), the first: " + restored.firstError(),
                    "Restore it by hand into a scratch database and read the errors; a backup that restores with errors is not a backup.",
                    Map.of("errors", Integer.toString(restored.errors())));
        }
        if (restored.missingRoles() > 0) {
            out.finding("probe/drill-missing-roles", "drill", Severity.INFO,
                    restored.missingRoles() + " statement(s) named roles the scratch server lacks (ownership and grants were skipped)",
                    "Create the roles on the scratch server, or dump with --no-owner --no-privileges.",
                    Map.of("statements", Integer.toString(restored.missingRoles())));
        }
        if (took.compareTo(target.rto()) > 0) {
            out.finding("probe/drill-rto", "drill", Severity.HIGH,
                    "restoring " + file.path().getFileName() + " took " + Durations.format(took) + ", over the RTO of " + Durations.format(target.rto()),
                    "Restore faster (pg_restore --jobs, a custom or directory dump, a bigger scratch server) or agree a realistic RTO.",
                    Map.of("restoreSeconds", Double.toString(took.toMillis() / 1000.0), "rtoSeconds", Long.toString(target.rto().toSeconds())));
        }
        DrillSanity.check(scratch, source, settings, context.timeout(), out);
    }

    private static boolean drop(Connection admin, String scratch, ProbeResult.Builder out) {
        try {
            ScratchDatabases.drop(admin, scratch);
            return true;
        } catch (SQLException e) {
            out.finding("probe/drill-scratch-left", scratch, Severity.MEDIUM,
                    "the scratch database " + scratch + " could not be dropped: " + e.getMessage(),
                    "The next drill drops it; or DROP DATABASE " + scratch + " WITH (FORCE).", Map.of("database", scratch));
            return false;
        }
    }

    private BackupFile pick() throws IOException {
        if (backup.isPresent()) {
            if (!Files.exists(backup.get())) {
                throw new ProbeException("no such backup: " + backup.get());
            }
            BackupFile b = BackupCatalog.read(backup.get());
            if (b.format() == BackupFormat.UNKNOWN) {
                throw new ProbeException(backup.get() + " is not a pg_dump backup (custom, directory, tar, or SQL text, plain or gzip)");
            }
            return b;
        }
        List<BackupFile> all = BackupCatalog.list(target.dir(), target.pattern());
        return all.stream().filter(b -> b.format() != BackupFormat.UNKNOWN).findFirst()
                .orElseThrow(() -> new ProbeException("no pg_dump backup matching '" + target.pattern() + "' in " + target.dir()));
    }

    /** The drill will not run as configured: it could touch the source. */
    public static final class DrillRefused extends ProbeException {
        private static final long serialVersionUID = 1L;

        public DrillRefused(String message) {
            super(message);
        }
    }
}
