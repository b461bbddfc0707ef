package dev.upkeep.probe.postgres;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Connections in use against the limit, the database's size and its cache hit ratio. */
final class ServerCheck implements PgCheck {
    private static final String SQL = """
            SELECT (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS used,
                   current_setting('max_connections')::int AS max_conn,
                   current_setting('superuser_reserved_connections')::int AS reserved,
                   pg_database_size(current_database()) AS db_bytes,
                   d.blks_hit, d.blks_read
            FROM pg_stat_database d WHERE d.datname = current_database()
            """;

    @Override
    public String name() {
        return "server";
    }

    @Override
    public void run(Connection c, Session s, ProbeResult.Builder out) throws SQLException {
        Rows.Row r = Rows.one(c, SQL);
        long used = r.lng("used");
        long usable = Math.max(1, r.lng("max_conn") - r.lng("reserved"));
        double pct = 100.0 * used / usable;
        out.measure("connections", used, "count");
        out.measure("maxConnections", usable, "count");
        out.measure("connectionsUsed", round(pct), "%");
        out.measure("databaseSize", r.lng("db_bytes"), "bytes");
        if (pct >= s.thresholds().connectionsPct()) {
            out.finding("probe/postgres-connections", null, pct >= 95 ? Severity.CRITICAL : Severity.HIGH,
                    out.target() + " has " + used + " of " + usable + " usable connections in use (" + round(pct) + "%)",
                    "Put a pooler (PgBouncer) in front or shrink the applications' pools; find leaks with "
                            + "SELECT usename, application_name, state, count(*) FROM pg_stat_activity GROUP BY 1, 2, 3.",
                    Map.of("connections", Long.toString(used), "usable", Long.toString(usable), "usedPct", Double.toString(round(pct)),
                            "thresholdPct", Double.toString(s.thresholds().connectionsPct())));
        }
        long hit = r.lng("blks_hit");
        long reads = hit + r.lng("blks_read");
        if (reads > 0) {
            double ratio = 100.0 * hit / reads;
            out.measure("cacheHitRatio", round(ratio), "%");
            if (reads >= s.thresholds().cacheMinReads() && ratio < s.thresholds().cacheHitPct()) {
                out.finding("probe/postgres-cache-hit", null, Severity.MEDIUM,
                        out.target() + " serves " + round(ratio) + "% of block reads from shared buffers, under " + s.thresholds().cacheHitPct() + "%",
                        "Raise shared_buffers (about 25% of RAM) or add memory; look for sequential scans of big tables in pg_stat_user_tables.",
                        Map.of("hitPct", Double.toString(round(ratio)), "thresholdPct", Double.toString(s.thresholds().cacheHitPct()),
                                "blockReads", Long.toString(reads)));
            }
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
