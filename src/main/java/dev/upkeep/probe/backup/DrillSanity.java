package dev.upkeep.probe.backup;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.PgConnect;
import dev.upkeep.probe.PgUrl;
import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a restored scratch database: it has tables, their rows are there (against the source
 * database where it can be reached) and the configured SQL assertions hold. All in read-only
 * sessions; the source is only read, and by default only its statistics' row estimates.
 */
final class DrillSanity {
    private static final String TABLES = """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qname,
                   CASE WHEN c.relkind = 'p'
                        THEN (SELECT coalesce(sum(greatest(ch.reltuples, 0)), 0) FROM pg_inherits i JOIN pg_class ch ON ch.oid = i.inhrelid
                              WHERE i.inhparent = c.oid)
                        ELSE c.reltuples END::float8 AS estimate
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'
            ORDER BY 1
            """;

    private DrillSanity() {}

    static void check(PgUrl scratch, java.util.Optional<PgUrl> source, BackupTarget.Restore settings, Duration timeout,
            ProbeResult.Builder out) throws SQLException {
        Map<String, Long> restored = new LinkedHashMap<>();
        try (Connection c = PgConnect.readOnly(scratch, timeout)) {
            for (String t : tables(c).keySet()) {
                restored.put(t, count(c, t));
            }
            out.measure("tables", restored.size(), "count");
            out.measure("rows", restored.values().stream().mapToLong(Long::longValue).sum(), "count");
            if (restored.isEmpty()) {
                out.finding("probe/drill-empty", "drill", Severity.CRITICAL, "the restored database has no tables",
                        "Check what the backup job dumps (the right database? a schema filter?) and the restore's errors.", Map.of());
            }
            assertions(c, settings.assertions(), out);
        }
        if (source.isPresent()) {
            compare(restored, source.get(), settings, timeout, out);
        }
    }

    private static void compare(Map<String, Long> restored, PgUrl source, BackupTarget.Restore settings, Duration timeout,
            ProbeResult.Builder out) {
        Map<String, Double> expected;
        try (Connection c = PgConnect.readOnly(source, timeout)) {
            Map<String, Double> estimates = tables(c);
            expected = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : estimates.entrySet()) {
                expected.put(e.getKey(), settings.exactCounts() ? (double) count(c, e.getKey()) : e.getValue());
            }
        } catch (SQLException e) {
            out.problem("the source database " + source.display() + " could not be read, so row counts were not compared: " + e.getMessage());
            return;
        }
        List<String> missing = new ArrayList<>();
        long compared = 0;
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            Long got = restored.get(e.getKey());
            if (got == null) {
                missing.add(e.getKey());
                continue;
            }
            double want = e.getValue();
            if (want <= 0) {
                continue;
            }
            compared++;
            if (got < want * (1 - settings.rowTolerancePct() / 100)) {
                out.finding("probe/drill-row-count", e.getKey(), Severity.HIGH,
                        "restored " + e.getKey() + " has " + got + " rows, the source " + Math.round(want)
                                + (settings.exactCounts() ? "" : " (estimated)") + ": more than " + settings.rowTolerancePct() + "% fewer",
                        "Compare the backup's time with the table's growth; if the rows should be there, the backup is incomplete.",
                        Map.of("restoredRows", Long.toString(got), "sourceRows", Long.toString(Math.round(want)),
                                "tolerancePct", Double.toString(settings.rowTolerancePct())));
            }
        }
        out.measure("tablesCompared", compared, "count");
        if (!missing.isEmpty()) {
            out.finding("probe/drill-missing-tables", "drill", Severity.HIGH,
                    missing.size() + " table(s) of the source are not in the backup: " + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                            + (missing.size() > 10 ? ", …" : ""),
                    "If they are older than the backup, the dump leaves them out (check its --table/--schema/--exclude options).",
                    Map.of("missing", Integer.toString(missing.size())));
        }
    }

    private static void assertions(Connection c, List<String> sqls, ProbeResult.Builder out) {
        int passed = 0;
        for (int i = 0; i < sqls.size(); i++) {
            String sql = sqls.get(i);
            String failure;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                Object v = rs.next() ? rs.getObject(1) : null;
                boolean ok = v instanceof Boolean b ? b : v instanceof Number n && n.doubleValue() != 0;
                failure = ok ? null : "returned " + v;
            } catch (SQLException e) {
                failure = "failed: " + e.getMessage();
            }
            if (failure == null) {
                passed++;
            } else {
                out.finding("probe/drill-assertion", "assertion " + (i + 1), Severity.HIGH,
                        "assertion " + (i + 1) + " on the restored database " + failure + ": " + sql,
                        "Find out whether the backup lacks the data or the assertion is out of date.", Map.of("sql", sql));
            }
        }
        out.measure("assertionsPassed", passed, "count");
        out.measure("assertionsFailed", sqls.size() - passed, "count");
    }

    private static Map<String, Double> tables(Connection c) throws SQLException {
        Map<String, Double> m = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(TABLES)) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getDouble(2));
            }
        }
        return m;
    }

    private static long count(Connection c, String qname) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + qname)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
