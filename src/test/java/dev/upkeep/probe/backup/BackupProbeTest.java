package dev.upkeep.probe.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Outcome;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.Secrets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup locations with SQL dumps written here, modelled on pg_dump's plain output. */
class BackupProbeTest {
    @TempDir
    Path dir;

    static String dump(int rows) {
        StringBuilder sb = new StringBuilder("""
                --
                -- PostgreSQL database dump
                --

                SET statement_timeout = 0;
                CREATE TABLE public.users (id integer NOT NULL, name text);
                COPY public.users (id, name) FROM stdin;
                """);
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append("\tuser ").append(i).append('\n');
        }
        return sb.append("""
                \\.

                --
                -- PostgreSQL database dump complete
                --

                """).toString();
    }

    Path write(String name, byte[] content, Duration age) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }

    static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    ProbeResult probe(BackupTarget t) {
        return new ProbeRunner(Clock.systemUTC(), Secrets.none()).run(BackupFamily.probes(List.of(t)), Duration.ofSeconds(30)).results().get(0);
    }

    static List<String> rules(ProbeResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void aFreshReadableBackupHasItsAgeAndSizeAsNumbers() throws IOException {
        write("db-20261119.sql.gz", gzip(dump(200)), Duration.ofHours(50));
        write("db-20261120.sql.gz", gzip(dump(210)), Duration.ofHours(26));
        Path newest = write("db-20261121.sql.gz", gzip(dump(220)), Duration.ofHours(2));
        ProbeResult r = probe(BackupTarget.of(dir).withPattern("db-*.sql.gz"));
        assertThat(r.outcome()).as("probe: " + r.error()).isEqualTo(Outcome.OK);
        assertThat(r.findings()).isEmpty();
        assertThat(r.measurement("backups", null).orElseThrow().value()).isEqualTo(3.0);
        assertThat(r.measurement("backupAge", "db-20261121.sql.gz").orElseThrow().value()).isBetween(1.9, 2.1);
        assertThat(r.measurement("backupSize", "db-20261121.sql.gz").orElseThrow().value()).isEqualTo((double) Files.size(newest));
        assertThat(r.measurement("readable", "db-20261121.sql.gz").orElseThrow().value()).isEqualTo(1.0);
    }

    @Test
    void aBackupOlderThanTheRpoIsAFinding() throws IOException {
        write("db.sql", dump(10).getBytes(StandardCharsets.UTF_8), Duration.ofHours(30));
        ProbeResult r = probe(BackupTarget.of(dir));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("probe/backup-age");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(Double.parseDouble(f.evidence().get("ageHours"))).isBetween(29.9, 30.1);
            assertThat(f.evidence()).containsEntry("rpoHours", "24.0");
        });
        assertThat(rules(probe(BackupTarget.of(dir).withRpo(Duration.ofHours(12))))).containsExactly("probe/backup-age");
        assertThat(probe(BackupTarget.of(dir).withRpo(Duration.ofHours(12))).findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aSuddenShrinkIsSuspicious() throws IOException {
        for (int d = 5; d >= 1; d--) {
            write("db-" + d + ".sql", dump(1000 + d).getBytes(StandardCharsets.UTF_8), Duration.ofDays(d));
        }
        write("db-0.sql", dump(100).getBytes(StandardCharsets.UTF_8), Duration.ofHours(1));
        ProbeResult r = probe(BackupTarget.of(dir));
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("probe/backup-shrink")).findFirst().orElseThrow();
        assertThat(f.evidence()).containsEntry("compared", "5");
        assertThat(Double.parseDouble(f.evidence().get("shrinkPct"))).isGreaterThan(80.0);
        assertThat(r.measurement("previousMedianSize", null)).isPresent();
    }

    @Test
    void aDumpCutShortIsUnreadable() throws IOException {
        byte[] whole = dump(500).getBytes(StandardCharsets.UTF_8);
        write("db.sql", Arrays.copyOf(whole, whole.length / 2), Duration.ofHours(1));
        ProbeResult r = probe(BackupTarget.of(dir));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("probe/backup-unreadable");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.message()).contains("does not end with '-- PostgreSQL database dump complete'");
        });
    }

    @Test
    void aGzipCutShortIsUnreadable() throws IOException {
        byte[] whole = gzip(dump(5000));
        write("db.sql.gz", Arrays.copyOf(whole, whole.length - 100), Duration.ofHours(1));
        ProbeResult r = probe(BackupTarget.of(dir));
        assertThat(rules(r)).containsExactly("probe/backup-unreadable");
        assertThat(r.findings().get(0).message()).contains("gzip data is cut short or corrupt");
    }

    @Test
    void noBackupAtAllIsCriticalAndAFolderThatIsNotThereFailsTheTarget() throws IOException {
        write("notes.txt", "hello".getBytes(StandardCharsets.UTF_8), Duration.ofHours(1));
        ProbeResult none = probe(BackupTarget.of(dir).withPattern("*.dump"));
        assertThat(rules(none)).containsExactly("probe/backup-missing");
        assertThat(none.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
        ProbeResult gone = probe(BackupTarget.of(dir.resolve("nope")));
        assertThat(gone.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(gone.error()).startsWith("no such folder");
        assertThat(gone.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void somethingThatIsNotADumpIsUnreadable() throws IOException {
        write("db.bak", "just some text\n".getBytes(StandardCharsets.UTF_8), Duration.ofHours(1));
        ProbeResult r = probe(BackupTarget.of(dir));
        assertThat(rules(r)).containsExactly("probe/backup-unreadable");
        assertThat(r.findings().get(0).message()).contains("not a pg_dump backup");
    }

    @Test
    void formatsAreToldFromTheFirstBytes() throws IOException {
        assertThat(BackupCatalog.format(write("a", "PGDMP\u0001\u000e".getBytes(StandardCharsets.ISO_8859_1), Duration.ZERO)))
                .isEqualTo(BackupFormat.CUSTOM);
        assertThat(BackupCatalog.format(write("b", gzip(dump(1)), Duration.ZERO))).isEqualTo(BackupFormat.GZIP_PLAIN);
        assertThat(BackupCatalog.format(write("c", gzip("PGDMP..."), Duration.ZERO))).isEqualTo(BackupFormat.GZIP_CUSTOM);
        assertThat(BackupCatalog.format(write("d", dump(1).getBytes(StandardCharsets.UTF_8), Duration.ZERO))).isEqualTo(BackupFormat.PLAIN);
        assertThat(BackupCatalog.format(write("e", new byte[] {1, 2, 3}, Duration.ZERO))).isEqualTo(BackupFormat.UNKNOWN);
    }

    @Test
    void aPlainDumpThatSwitchesDatabasesIsRefusedBeforeTheLineIsPassedOn() {
        String created = "--\n-- PostgreSQL database dump\n--\nSET x = 1;\nCREATE DATABASE app WITH TEMPLATE = template0;\n\\connect app\nCREATE TABLE t (id int);\n";
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlainDump().copy(
                        new java.io.ByteArrayInputStream(created.getBytes(StandardCharsets.UTF_8)), sink, true))
                .isInstanceOf(PgTools.RefusedInput.class).hasMessageContaining("line 5").hasMessageContaining("CREATE DATABASE app");
        assertThat(sink.toString(StandardCharsets.UTF_8)).doesNotContain("CREATE DATABASE").doesNotContain("\\connect");
    }

    @Test
    void copyDataIsNotReadAsSql() throws IOException {
        String text = dump(0).replace("\\.", "CREATE DATABASE looks like sql\n\\connect also data\n\\.");
        PlainDump scan = new PlainDump();
        scan.copy(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream(), true);
        assertThat(scan.complete()).isTrue();
    }
}
