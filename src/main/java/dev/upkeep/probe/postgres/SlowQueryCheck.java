package dev.upkeep.probe.postgres;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The slowest statements by mean time from {@code pg_stat_statements}, when the extension is
 * installed in the probed database. Its texts are normalised ({@code $1} for constants), so they
 * carry no data values.
 */
final class SlowQueryCheck implements PgCheck {
    static final int LIMIT = 20;
    private static final int MAX_TEXT = 160;

    @Override
    public String name() {
        return "slow-queries";
    }

    @Override
    public void run(Connection c, Session s, ProbeResult.Builder out) throws SQLException {
        List<Rows.Row> ext = Rows.query(c, """
                SELECT quote_ident(n.nspname) AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                WHERE e.extname = 'pg_stat_statements'
                """);
        if (ext.isEmpty()) {
            out.finding("probe/postgres-no-stat-statements", null, Severity.INFO,
                    "pg_stat_statements is not installed in " + out.target() + ", so slow queries cannot be listed",
                    "Add pg_stat_statements to shared_preload_libraries, restart, and CREATE EXTENSION pg_stat_statements.", Map.of());
            return;
        }
        boolean v13 = s.versionNum() >= 130000;
        String mean = v13 ? "mean_exec_time" : "mean_time";
        String total = v13 ? "total_exec_time" : "total_time";
        String sql = "SELECT queryid::text AS id, calls, " + mean + "::float8 AS mean_ms, " + total + "::float8 AS total_ms, query"
                + " FROM " + ext.get(0).str("schema") + ".pg_stat_statements"
                + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " AND calls >= ? AND " + mean + " >= ? AND queryid IS NOT NULL ORDER BY " + total + " DESC LIMIT " + LIMIT;
        long count = 0;
        for (Rows.Row r : Rows.query(c, sql, s.thresholds().slowQueryCalls(), (double) s.thresholds().slowQueryMean().toMillis())) {
            count++;
            String text = r.str("query") == null ? "" : r.str("query").replaceAll("\\s+", " ").strip();
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT - 1) + "…";
            }
            Map<String, String> e = new LinkedHashMap<>();
            e.put("queryid", r.str("id"));
            e.put("calls", Long.toString(r.lng("calls")));
            e.put("meanMs", Double.toString(ServerCheck.round(r.dbl("mean_ms"))));
            e.put("totalMs", Double.toString(ServerCheck.round(r.dbl("total_ms"))));
            e.put("thresholdMs", Long.toString(s.thresholds().slowQueryMean().toMillis()));
            e.put("query", text);
            out.finding("probe/postgres-slow-query", "queryid " + r.str("id"), Severity.MEDIUM,
                    "a statement averages " + Math.round(r.dbl("mean_ms")) + " ms over " + r.lng("calls") + " calls: " + text,
                    "EXPLAIN (ANALYZE, BUFFERS) it with typical values; add the index it lacks or rewrite it.", e);
        }
        out.measure("slowQueries", count, "count");
    }
}
