package dev.upkeep.probe.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.upkeep.domain.Finding;
import dev.upkeep.probe.Outcome;
import dev.upkeep.probe.PgUrl;
import dev.upkeep.probe.ProbeException;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.SecretRef;
import dev.upkeep.probe.Secrets;
import dev.upkeep.probe.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restore drills with the real pg_dump, pg_restore and psql against an embedded PostgreSQL 15.
 * Without the client tools these tests fail, saying so: .ci/run installs them.
 */
class RestoreDrillTest {
    static TestPostgres pg;
    static PgTools tools = new PgTools(Optional.empty());
    @TempDir
    static Path work;
    static Path backups;
    static Path custom;
    static Path plainGz;
    static Path directory;
    static Path created;

    @BeforeAll
    static void seed() throws Exception {
        for (String tool : List.of("pg_dump", "pg_restore", "psql")) {
            try {
                tools.find(tool);
            } catch (ProbeException e) {
                fail("the restore drill tests need the real PostgreSQL client tools: " + e.getMessage());
            }
        }
        backups = Files.createDirectories(work.resolve("backups"));
        pg = TestPostgres.start();
        pg.createDatabase("app");
        pg.sql("app",
                "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL)",
                "INSERT INTO users SELECT g, 'u' || g || '@example.com' FROM generate_series(1, 100) g",
                "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users, total numeric)",
                "INSERT INTO orders SELECT g, 1 + g % 100, g * 1.5 FROM generate_series(1, 1000) g",
                "CREATE INDEX orders_user_idx ON orders (user_id)",
                "ANALYZE");
        custom = dump("app-20261121.dump", "--format=custom");
        directory = dump("app-20261120.dir", "--format=directory");
        Path plain = dump("app-plain.sql", "--format=plain");
        plainGz = backups.resolve("app-20261119.sql.gz");
        try (InputStream in = Files.newInputStream(plain); OutputStream out = new GZIPOutputStream(Files.newOutputStream(plainGz))) {
            in.transferTo(out);
        }
        Files.delete(plain);
        created = dump("app-created.sql", "--format=plain", "--create");
        Files.move(created, work.resolve("app-created.sql"));
        created = work.resolve("app-created.sql");
        Files.setLastModifiedTime(custom, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    static Path dump(String name, String... args) throws IOException {
        Path out = backups.resolve(name);
        List<String> cmd = new ArrayList<>(tools.command("pg_dump", args));
        cmd.add("--file=" + out);
        PgTools.Run r = tools.run(cmd, PgUrl.parse(pg.url("app")).libpqEnvironment(), Duration.ofMinutes(1), null);
        assertThat(r.exit()).as("pg_dump " + String.join(" ", args) + ": " + r.stderr()).isZero();
        return out;
    }

    static Secrets secrets() {
        return new Secrets(Map.of("DATABASE_URL", pg.url("app"), "SCRATCH_URL", pg.url("postgres")), Path.of("."));
    }

    static BackupTarget target(BackupTarget.Restore restore) {
        return BackupTarget.of(backups).withPattern("app-*").withDatabase(SecretRef.parse("env:DATABASE_URL")).withRestore(restore);
    }

    static BackupTarget.Restore restore(String... assertions) {
        return new BackupTarget.Restore(SecretRef.parse("env:SCRATCH_URL"), List.of(assertions), 1, 20, true);
    }

    static ProbeResult drill(BackupTarget t, Path backup) {
        RestoreDrill d = new RestoreDrill(t, Optional.ofNullable(backup), Duration.ofMinutes(5), Clock.systemUTC());
        return new ProbeRunner(Clock.systemUTC(), secrets()).run(List.of(d), Duration.ofMinutes(5)).results().get(0);
    }

    static List<String> scratchDatabases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = pg.connect("postgres");
                ResultSet rs = c.createStatement().executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'upkeep_drill%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static List<String> rules(ProbeResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void theNewestCustomDumpRestoresWholeAndTheScratchDatabaseIsGone() throws SQLException {
        ProbeResult r = drill(target(restore("SELECT count(*) = 100 FROM users", "SELECT sum(total) > 0 FROM orders")), null);
        assertThat(r.outcome()).as("drill: " + r.error()).isEqualTo(Outcome.OK);
        assertThat(r.problems()).isEmpty();
        assertThat(r.findings()).as("findings of a good drill").isEmpty();
        assertThat(r.measurement("backupSize", "app-20261121.dump")).as("the newest backup was taken").isPresent();
        assertThat(r.measurement("tables", null).orElseThrow().value()).isEqualTo(2.0);
        assertThat(r.measurement("rows", null).orElseThrow().value()).isEqualTo(1100.0);
        assertThat(r.measurement("tablesCompared", null).orElseThrow().value()).isEqualTo(2.0);
        assertThat(r.measurement("assertionsPassed", null).orElseThrow().value()).isEqualTo(2.0);
        assertThat(r.measurement("restoreTime", null).orElseThrow().value()).isPositive();
        assertThat(r.measurement("scratchDropped", null).orElseThrow().value()).isEqualTo(1.0);
        assertThat(scratchDatabases()).as("scratch databases after the drill").isEmpty();
    }

    @Test
    void gzippedSqlAndDirectoryDumpsRestoreToo() {
        for (Path b : List.of(plainGz, directory)) {
            ProbeResult r = drill(target(restore()), b);
            assertThat(r.outcome()).as("drill of " + b.getFileName() + ": " + r.error()).isEqualTo(Outcome.OK);
            assertThat(r.findings()).as("findings of the drill of " + b.getFileName()).isEmpty();
            assertThat(r.measurement("rows", null).orElseThrow().value()).as("rows of " + b.getFileName()).isEqualTo(1100.0);
        }
    }

    @Test
    void failingAssertionsAndAnRtoOverrunAreFindings() {
        BackupTarget t = target(restore("SELECT count(*) > 5000 FROM orders", "SELECT * FROM no_such_table"))
                .withRto(Duration.ofMillis(1));
        ProbeResult r = drill(t, custom);
        assertThat(rules(r)).containsExactlyInAnyOrder("probe/drill-assertion", "probe/drill-assertion", "probe/drill-rto");
        assertThat(r.findings()).filteredOn(f -> f.subject().endsWith("#assertion 2"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("does not exist"));
        assertThat(r.measurement("assertionsFailed", null).orElseThrow().value()).isEqualTo(2.0);
    }

    @Test
    void aSourceThatGrewFarBeyondTheBackupShowsInRowCounts() throws SQLException {
        pg.createDatabase("grown");
        pg.sql("grown", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL)",
                "CREATE TABLE orders (id int PRIMARY KEY, user_id int, total numeric)",
                "CREATE TABLE invoices (id int)",
                "INSERT INTO users SELECT g, 'x' FROM generate_series(1, 100) g",
                "INSERT INTO orders SELECT g, 1, 1 FROM generate_series(1, 5000) g");
        Secrets s = new Secrets(Map.of("DATABASE_URL", pg.url("grown"), "SCRATCH_URL", pg.url("postgres")), Path.of("."));
        RestoreDrill d = new RestoreDrill(target(restore()), Optional.of(custom), Duration.ofMinutes(5), Clock.systemUTC());
        ProbeResult r = new ProbeRunner(Clock.systemUTC(), s).run(List.of(d), Duration.ofMinutes(5)).results().get(0);
        assertThat(rules(r)).containsExactlyInAnyOrder("probe/drill-row-count", "probe/drill-missing-tables");
        Finding rows = r.findings().stream().filter(f -> f.ruleId().equals("probe/drill-row-count")).findFirst().orElseThrow();
        assertThat(rows.subject()).endsWith("#public.orders");
        assertThat(rows.evidence()).containsEntry("restoredRows", "1000").containsEntry("sourceRows", "5000");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("probe/drill-missing-tables"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("public.invoices"));
    }

    @Test
    void aDrillInterruptedEarlierLeavesNothingBehindOnTheNextRun() throws SQLException {
        pg.sql("postgres", "CREATE DATABASE upkeep_drill_20260101_000000_abcdef",
                "COMMENT ON DATABASE upkeep_drill_20260101_000000_abcdef IS 'upkeep restore drill scratch, created 2026-01-01T00:00:00Z; safe to drop'",
                "CREATE DATABASE upkeep_drill_not_ours");
        try {
            ProbeResult r = drill(target(restore()), custom);
            assertThat(r.measurement("leftoversDropped", null).orElseThrow().value()).isEqualTo(1.0);
            assertThat(scratchDatabases()).containsExactly("upkeep_drill_not_ours");
        } finally {
            pg.sql("postgres", "DROP DATABASE IF EXISTS upkeep_drill_not_ours");
        }
    }

    @Test
    void aDrillStillRunningElsewhereKeepsItsScratchDatabase() throws SQLException {
        String other = "upkeep_drill_20260101_000000_fedcba";
        pg.sql("postgres", "CREATE DATABASE " + other,
                "COMMENT ON DATABASE " + other + " IS 'upkeep restore drill scratch, created 2026-01-01T00:00:00Z; safe to drop'");
        try (Connection running = pg.connect("postgres")) {
            assertThat(ScratchDatabases.lock(running, other, false)).as("the other drill's lock").isTrue();
            ProbeResult r = drill(target(restore()), custom);
            assertThat(r.measurement("leftoversDropped", null).orElseThrow().value()).isEqualTo(0.0);
            assertThat(scratchDatabases()).containsExactly(other);
        }
        ProbeResult after = drill(target(restore()), custom);
        assertThat(after.measurement("leftoversDropped", null).orElseThrow().value()).as("once the other drill's session ended").isEqualTo(1.0);
        assertThat(scratchDatabases()).isEmpty();
    }

    @Test
    void aScratchConnectionThatCouldBeTheSourceIsRefused() throws SQLException {
        Secrets same = new Secrets(Map.of("DATABASE_URL", pg.url("app"),
                "SCRATCH_URL", "postgres://postgres@127.0.0.1:" + pg.port() + "/app"), Path.of("."));
        RestoreDrill d = new RestoreDrill(target(restore()), Optional.of(custom), Duration.ofMinutes(5), Clock.systemUTC());
        assertThatThrownBy(() -> d.preflight(same)).isInstanceOf(RestoreDrill.DrillRefused.class)
                .hasMessageContaining("could be the source database");
        ProbeResult r = new ProbeRunner(Clock.systemUTC(), same).run(List.of(d), Duration.ofMinutes(1)).results().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(scratchDatabases()).isEmpty();
    }

    @Test
    void aSqlDumpMadeWithCreateIsRefusedAndNothingOutsideTheScratchDatabaseChanges() throws SQLException {
        ProbeResult r = drill(target(restore()), created);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.error()).contains("refused to restore app-created.sql").contains("CREATE DATABASE app");
        assertThat(scratchDatabases()).isEmpty();
        try (Connection c = pg.connect("app"); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM orders")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1000);
        }
    }

    @Test
    void missingToolsAreSaidLoudly(@TempDir Path empty) {
        BackupTarget t = target(restore());
        BackupTarget noTools = new BackupTarget(t.name(), t.dir(), t.pattern(), t.rpo(), t.rto(), t.shrinkPct(), t.verify(), t.timeout(),
                t.database(), t.restore(), Optional.of(empty));
        ProbeResult r = drill(noTools, custom);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.error()).isEqualTo("pg_restore not found in " + empty);
    }

    @Test
    void theBackupProbeReadsRealArchivesWholeAndCatchesATruncatedOne() throws IOException {
        ProbeResult good = new ProbeRunner(Clock.systemUTC(), Secrets.none())
                .run(BackupFamily.probes(List.of(BackupTarget.of(backups).withPattern("app-*"))), Duration.ofMinutes(1)).results().get(0);
        assertThat(good.findings()).as("findings of " + backups).isEmpty();
        assertThat(good.measurement("readable", "app-20261121.dump").orElseThrow().value()).isEqualTo(1.0);
        Path cut = work.resolve("cut");
        Files.createDirectories(cut);
        byte[] whole = Files.readAllBytes(custom);
        Files.write(cut.resolve("app.dump"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        ProbeResult bad = new ProbeRunner(Clock.systemUTC(), Secrets.none())
                .run(BackupFamily.probes(List.of(BackupTarget.of(cut))), Duration.ofMinutes(1)).results().get(0);
        assertThat(rules(bad)).containsExactly("probe/backup-unreadable");
        assertThat(bad.findings().get(0).message()).contains("pg_restore cannot read it");
    }
}
