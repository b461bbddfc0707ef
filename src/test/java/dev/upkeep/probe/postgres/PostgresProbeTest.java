package dev.upkeep.probe.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Outcome;
import dev.upkeep.probe.PgConnect;
import dev.upkeep.probe.PgUrl;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.SecretRef;
import dev.upkeep.probe.Secrets;
import dev.upkeep.probe.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real PostgreSQL 15 seeded with what the probe must see. */
class PostgresProbeTest {
    static TestPostgres pg;
    static Connection idleInTransaction;
    static long idlePid;

    @BeforeAll
    static void seed() throws Exception {
        pg = TestPostgres.start();
        pg.createDatabase("shop");
        pg.createDatabase("clean");
        idleInTransaction = pg.connect("shop");
        idleInTransaction.setAutoCommit(false);
        try (Statement s = idleInTransaction.createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            idlePid = rs.getLong(1);
        }
        pg.sql("shop",
                "CREATE EXTENSION pg_stat_statements",
                // dead tuples, never vacuumed or analyzed: autovacuum is off for it, as on a neglected table
                "CREATE TABLE dead (id int, payload text) WITH (autovacuum_enabled = false)",
                "INSERT INTO dead SELECT g, repeat('x', 50) FROM generate_series(1, 10000) g",
                "DELETE FROM dead WHERE id <= 6000",
                // bloat: 90% of a table deleted, statistics fresh, space not reclaimed
                "CREATE TABLE bloated (id int PRIMARY KEY, payload text) WITH (autovacuum_enabled = false)",
                "INSERT INTO bloated SELECT g, md5(g::text) || md5(g::text) FROM generate_series(1, 100000) g",
                "DELETE FROM bloated WHERE id % 10 <> 0",
                "ANALYZE bloated",
                // indexes: unused, covered by a wider one, invalid after a failed CREATE INDEX CONCURRENTLY
                "CREATE TABLE orders (id int PRIMARY KEY, customer_id int, created date, note text)",
                "INSERT INTO orders SELECT g, g % 50, DATE '2026-01-01' + g % 300, 'n' || g FROM generate_series(1, 500) g",
                "CREATE INDEX orders_note_idx ON orders (note)",
                "CREATE INDEX orders_customer_idx ON orders (customer_id)",
                "CREATE INDEX orders_customer_created_idx ON orders (customer_id, created)",
                "CREATE INDEX orders_created_idx ON orders (created)",
                "ANALYZE orders",
                "SET enable_seqscan = off",
                "SELECT count(*) FROM orders WHERE created = DATE '2026-02-01'",
                "CREATE TABLE tags (v int)",
                "INSERT INTO tags VALUES (1), (1)");
        assertThatThrownBy(() -> pg.sql("shop", "CREATE UNIQUE INDEX CONCURRENTLY tags_v_key ON tags (v)"))
                .as("CREATE UNIQUE INDEX CONCURRENTLY over duplicates").isInstanceOf(SQLException.class);
        pg.sql("shop", "SELECT pg_sleep(0.12)", "SELECT pg_sleep(0.12)", "SELECT pg_sleep(0.12)", "SELECT pg_stat_force_next_flush()");
        pg.sql("clean", "CREATE TABLE t (id int PRIMARY KEY, name text)", "INSERT INTO t VALUES (1, 'a'), (2, 'b')");
        awaitIdleInTransaction(Duration.ofMillis(1_100));
    }

    /**
     * Returns once the idle session has been idle in its transaction for {@code d} (the TEST
     * threshold is 1 s), by the server's clock, which is the one the probe reads: the server
     * waits out exactly what is left, if anything.
     */
    static void awaitIdleInTransaction(Duration d) throws SQLException {
        pg.sql("postgres", "SELECT pg_sleep(greatest(0, " + d.toMillis() / 1000.0
                + " - extract(epoch FROM clock_timestamp() - state_change))) FROM pg_stat_activity WHERE pid = " + idlePid);
    }

    @AfterAll
    static void stop() throws SQLException {
        idleInTransaction.close();
        pg.close();
    }

    static final PostgresThresholds TEST = new PostgresThresholds(80, 20, 1_000, Duration.ofDays(7), Duration.ofDays(7), 50,
            1L << 20, Duration.ZERO, 50, Duration.ofSeconds(1), Duration.ofMinutes(5), 99, 10_000, Duration.ofMillis(100), 3);

    static ProbeResult probe(String database, PostgresThresholds thresholds) {
        Secrets secrets = new Secrets(Map.of("DATABASE_URL", pg.url(database)), Path.of("."));
        PostgresTarget target = PostgresTarget.of(SecretRef.parse("env:DATABASE_URL")).withThresholds(thresholds);
        ProbeResult r = new ProbeRunner(Clock.systemUTC(), secrets).run(PostgresFamily.probes(List.of(target)), Duration.ofSeconds(60))
                .results().get(0);
        assertThat(r.outcome()).as("probe(" + database + "): " + r.error()).isEqualTo(Outcome.OK);
        assertThat(r.problems()).as("checks that failed on " + database).isEmpty();
        return r;
    }

    static Finding only(ProbeResult r, String rule, String subjectEnd) {
        List<Finding> f = r.findings().stream().filter(x -> x.ruleId().equals(rule) && x.subject().endsWith(subjectEnd)).toList();
        assertThat(f).as(rule + " for " + subjectEnd + " among " + r.findings().stream().map(Finding::id).toList()).hasSize(1);
        return f.get(0);
    }

    @Test
    void theServerVersionIsAComponent() {
        ProbeResult r = probe("clean", PostgresThresholds.DEFAULTS);
        assertThat(r.components()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("postgresql");
            assertThat(c.version()).isEqualTo("15.19");
            assertThat(c.purl()).isEqualTo("pkg:generic/postgresql@15.19");
        });
        assertThat(r.measurement("serverVersion", null).orElseThrow().value()).isEqualTo(150019.0);
        assertThat(r.target()).isEqualTo("env:DATABASE_URL");
    }

    @Test
    void aCleanDatabaseHasNothingToActOn() {
        ProbeResult r = probe("clean", PostgresThresholds.DEFAULTS);
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("probe/postgres-no-stat-statements");
        assertThat(r.measurement("databaseSize", null).orElseThrow().value()).isGreaterThan(1_000_000.0);
        assertThat(r.measurement("connections", null).orElseThrow().value()).isGreaterThanOrEqualTo(1.0);
        assertThat(r.measurement("maxConnections", null).orElseThrow().value()).isEqualTo(37.0);
    }

    @Test
    void deadTuplesSayTheVacuumThatFixesThem() {
        ProbeResult r = probe("shop", TEST);
        Finding dead = only(r, "probe/postgres-dead-tuples", "#public.dead");
        assertThat(dead.fix()).startsWith("VACUUM (ANALYZE) public.dead");
        assertThat(dead.evidence()).containsEntry("deadTuples", "6000").containsEntry("liveTuples", "4000")
                .containsEntry("lastVacuumHoursAgo", "never");
        assertThat(only(r, "probe/postgres-analyze-stale", "#public.dead").fix()).isEqualTo("ANALYZE public.dead");
    }

    @Test
    void bloatIsEstimatedForTablesAndIndexes() {
        ProbeResult r = probe("shop", TEST);
        Finding table = only(r, "probe/postgres-table-bloat", "#public.bloated");
        assertThat(Double.parseDouble(table.evidence().get("wastedPct"))).isBetween(80.0, 95.0);
        assertThat(table.fix()).contains("pg_repack --table public.bloated");
        Finding index = only(r, "probe/postgres-index-bloat", "#public.bloated_pkey");
        assertThat(index.fix()).isEqualTo("REINDEX INDEX CONCURRENTLY public.bloated_pkey");
        assertThat(Double.parseDouble(index.evidence().get("wastedPct"))).isGreaterThan(80.0);
        assertThat(r.findings()).as("bloat findings").filteredOn(f -> f.ruleId().endsWith("-bloat"))
                .extracting(Finding::subject).allMatch(s -> s.contains("bloated"));
    }

    @Test
    void unusedCoveredAndInvalidIndexesAreFoundAndPrimaryKeysLeftAlone() {
        ProbeResult r = probe("shop", TEST);
        Finding unused = only(r, "probe/postgres-unused-index", "#public.orders_note_idx");
        assertThat(unused.fix()).startsWith("DROP INDEX CONCURRENTLY public.orders_note_idx");
        Finding covered = only(r, "probe/postgres-duplicate-index", "#public.orders_customer_idx");
        assertThat(covered.evidence()).containsEntry("duplicateOf", "public.orders_customer_created_idx")
                .containsEntry("kind", "leading-columns");
        Finding invalid = only(r, "probe/postgres-invalid-index", "#public.tags_v_key");
        assertThat(invalid.fix()).startsWith("REINDEX INDEX CONCURRENTLY public.tags_v_key");
        assertThat(r.findings()).extracting(Finding::subject).noneMatch(s -> s.endsWith("_pkey") && !s.contains("bloated"));
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("probe/postgres-unused-index"))
                .extracting(Finding::subject).doesNotContain("env:DATABASE_URL#public.orders_created_idx");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("probe/postgres-duplicate-index"))
                .extracting(Finding::subject).containsExactly("env:DATABASE_URL#public.orders_customer_idx");
    }

    @Test
    void statisticsYoungerThanAWeekCallNoIndexUnused() {
        ProbeResult r = probe("shop", PostgresThresholds.DEFAULTS);
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("probe/postgres-unused-index");
        assertThat(r.measurement("statsAge", null).orElseThrow().value()).isLessThan(1.0);
        assertThat(r.findings()).extracting(Finding::ruleId).contains("probe/postgres-invalid-index", "probe/postgres-duplicate-index");
    }

    @Test
    void aSessionIdleInATransactionIsNamedByPid() throws SQLException {
        long pid = idlePid;
        awaitIdleInTransaction(Duration.ofMillis(1_100));
        ProbeResult r = probe("shop", TEST);
        Finding f = only(r, "probe/postgres-idle-in-transaction", "#pid " + pid);
        assertThat(f.fix()).contains("pg_terminate_backend(" + pid + ")");
        assertThat(Long.parseLong(f.evidence().get("idleSeconds"))).isGreaterThanOrEqualTo(1);
        assertThat(r.measurement("idleInTransaction", null).orElseThrow().value()).isEqualTo(1.0);
    }

    @Test
    void slowStatementsComeFromPgStatStatements() {
        ProbeResult r = probe("shop", TEST);
        Finding slow = r.findings().stream().filter(f -> f.ruleId().equals("probe/postgres-slow-query")
                && f.evidence().get("query").contains("pg_sleep")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(slow.evidence().get("meanMs"))).isGreaterThanOrEqualTo(100.0);
        assertThat(slow.evidence().get("calls")).isEqualTo("3");
        assertThat(slow.evidence().get("query")).isEqualTo("SELECT pg_sleep($1)");
    }

    @Test
    void connectionsAndWraparoundBecomeFindingsPastTheirThresholds() {
        PostgresThresholds strict = new PostgresThresholds(1, 20, 1_000, Duration.ofDays(7), Duration.ofDays(7), 50, 10L << 20,
                Duration.ofDays(7), 0.000_000_1, Duration.ofMinutes(5), Duration.ofMinutes(5), 99, 10_000, Duration.ofMillis(100), 10);
        ProbeResult r = probe("clean", strict);
        Finding conn = only(r, "probe/postgres-connections", "env:DATABASE_URL");
        assertThat(conn.evidence()).containsEntry("usable", "37");
        Finding xid = only(r, "probe/postgres-xid-wraparound", "#clean");
        assertThat(Long.parseLong(xid.evidence().get("xidAge"))).isPositive();
        assertThat(xid.severity()).isEqualTo(Severity.HIGH);
        assertThat(r.measurement("xidAge", "shop")).isPresent();
    }

    @Test
    void theProbeSessionRefusesWrites() throws SQLException {
        try (Connection c = PgConnect.readOnly(PgUrl.parse(pg.url("clean")), Duration.ofSeconds(10)); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("CREATE TABLE probe_wrote_this (x int)"))
                    .as("a write in the probe's session").isInstanceOf(SQLException.class)
                    .hasMessageContaining("read-only transaction");
        }
    }

    @Test
    void aRoleThatCanOnlyReadIsEnough() throws SQLException {
        pg.sql("postgres", "CREATE ROLE upkeep_reader LOGIN", "GRANT pg_monitor, pg_read_all_data TO upkeep_reader");
        Secrets secrets = new Secrets(Map.of("RO", "postgres://upkeep_reader@localhost:" + pg.port() + "/shop"), Path.of("."));
        PostgresTarget target = PostgresTarget.of(SecretRef.parse("env:RO")).withThresholds(TEST);
        ProbeResult r = new ProbeRunner(Clock.systemUTC(), secrets).run(PostgresFamily.probes(List.of(target)), Duration.ofSeconds(60))
                .results().get(0);
        assertThat(r.outcome()).as("probe as upkeep_reader: " + r.error()).isEqualTo(Outcome.OK);
        assertThat(r.problems()).as("checks that failed as upkeep_reader").isEmpty();
        assertThat(r.findings()).extracting(Finding::ruleId).contains("probe/postgres-table-bloat", "probe/postgres-dead-tuples",
                "probe/postgres-invalid-index", "probe/postgres-slow-query", "probe/postgres-idle-in-transaction");
    }

    @Test
    void anUnreachableDatabaseIsACriticalResultAndThePasswordStaysHidden() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Secrets secrets = new Secrets(Map.of("DATABASE_URL", "postgres://app:Sup3r-s3cret@localhost:" + port + "/app"), Path.of("."));
        PostgresTarget target = PostgresTarget.of(SecretRef.parse("env:DATABASE_URL"));
        ProbeResult r = new ProbeRunner(Clock.systemUTC(), secrets).run(PostgresFamily.probes(List.of(target)), Duration.ofSeconds(30))
                .results().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.error()).contains("refused").doesNotContain("Sup3r");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("probe/unreachable");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        });
    }
}
