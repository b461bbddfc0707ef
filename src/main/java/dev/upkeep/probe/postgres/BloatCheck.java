package dev.upkeep.probe.postgres;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Estimated bloat of tables and B-tree indexes: the pages they hold against the pages their rows
 * would need, the row width taken from the planner's statistics ({@code pg_stats}). An estimate,
 * like check_postgres' and PgHero's: it needs fresh statistics, ignores per-column alignment and
 * TOAST, and skips relations whose columns have no statistics yet; pgstattuple measures exactly
 * but reads the whole relation, which a probe must not do.
 */
final class BloatCheck implements PgCheck {
    private static final int TUPLE_HEADER = 23;
    private static final int LINE_POINTER = 4;
    private static final int PAGE_HEADER = 24;
    private static final int INDEX_TUPLE_HEADER = 8;
    private static final int BTREE_SPECIAL = 16;

    private static final String TABLES = """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qname,
                   c.relpages::int8 AS pages, c.reltuples::float8 AS tuples,
                   coalesce((SELECT substring(o FROM 'fillfactor=([0-9]+)')::int FROM unnest(c.reloptions) o
                             WHERE o LIKE 'fillfactor=%'), 100) AS fillfactor,
                   w.width::float8 AS width, w.cols, w.nullable,
                   (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS all_cols
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN (SELECT schemaname, tablename, sum((1 - null_frac) * avg_width) AS width, count(*) AS cols,
                         bool_or(null_frac > 0) AS nullable
                  FROM pg_stats WHERE NOT inherited GROUP BY 1, 2) w ON w.schemaname = n.nspname AND w.tablename = c.relname
            WHERE c.relkind IN ('r', 'm') AND c.reltuples >= 0
              AND c.relpages::int8 * current_setting('block_size')::int8 >= ?
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
            """;

    private static final String INDEXES = """
            SELECT quote_ident(n.nspname) || '.' || quote_ident(ic.relname) AS qname,
                   quote_ident(n.nspname) || '.' || quote_ident(tc.relname) AS qtable,
                   ic.relpages::int8 AS pages, ic.reltuples::float8 AS tuples, x.indnatts AS cols,
                   coalesce((SELECT substring(o FROM 'fillfactor=([0-9]+)')::int FROM unnest(ic.reloptions) o
                             WHERE o LIKE 'fillfactor=%'), 90) AS fillfactor,
                   (SELECT sum(s.avg_width)::float8 FROM pg_attribute a
                      JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = tc.relname AND s.attname = a.attname AND NOT s.inherited
                     WHERE a.attrelid = x.indrelid AND a.attnum = ANY (x.indkey::int2[])) AS width,
                   (SELECT count(*) FROM pg_attribute a
                      JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = tc.relname AND s.attname = a.attname AND NOT s.inherited
                     WHERE a.attrelid = x.indrelid AND a.attnum = ANY (x.indkey::int2[])) AS stats_cols
            FROM pg_index x
            JOIN pg_class ic ON ic.oid = x.indexrelid
            JOIN pg_class tc ON tc.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = ic.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            WHERE am.amname = 'btree' AND x.indisvalid AND x.indpred IS NULL AND NOT (0 = ANY (x.indkey::int2[]))
              AND ic.reltuples >= 0
              AND ic.relpages::int8 * current_setting('block_size')::int8 >= ?
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
            """;

    @Override
    public String name() {
        return "bloat";
    }

    @Override
    public void run(Connection c, Session s, ProbeResult.Builder out) throws SQLException {
        PostgresThresholds t = s.thresholds();
        int bs = (int) Rows.one(c, "SELECT current_setting('block_size')::int AS bs").lng("bs");
        long tableWaste = 0;
        for (Rows.Row r : Rows.query(c, TABLES, t.bloatMinBytes())) {
            if (r.lng("cols") < r.lng("all_cols")) {
                continue;
            }
            int header = align(TUPLE_HEADER + (r.bool("nullable") ? (int) ((r.lng("all_cols") + 7) / 8) : 0));
            int tuple = header + align((int) Math.ceil(r.dbl("width"))) + LINE_POINTER;
            long expected = expectedPages(r.dbl("tuples"), (bs - PAGE_HEADER) * r.lng("fillfactor") / 100.0, tuple);
            long waste = Math.max(0, r.lng("pages") - expected) * bs;
            tableWaste += waste;
            judge(out, t, "probe/postgres-table-bloat", r.str("qname"), "table", r.lng("pages") * (long) bs, waste,
                    "VACUUM (ANALYZE) " + r.str("qname") + " makes the space reusable; to give it back without a long lock use "
                            + "pg_repack --table " + r.str("qname") + " (VACUUM FULL also does, but locks the table throughout).");
        }
        long indexWaste = 0;
        for (Rows.Row r : Rows.query(c, INDEXES, t.bloatMinBytes())) {
            if (r.lng("stats_cols") < r.lng("cols")) {
                continue;
            }
            int tuple = INDEX_TUPLE_HEADER + align((int) Math.ceil(r.dbl("width"))) + LINE_POINTER;
            long expected = expectedPages(r.dbl("tuples"), (bs - PAGE_HEADER - BTREE_SPECIAL) * r.lng("fillfactor") / 100.0, tuple) + 1;
            long waste = Math.max(0, r.lng("pages") - expected) * bs;
            indexWaste += waste;
            judge(out, t, "probe/postgres-index-bloat", r.str("qname"), "index", r.lng("pages") * (long) bs, waste,
                    "REINDEX INDEX CONCURRENTLY " + r.str("qname"));
        }
        out.measure("tableBloat", tableWaste, "bytes");
        out.measure("indexBloat", indexWaste, "bytes");
    }

    private static void judge(ProbeResult.Builder out, PostgresThresholds t, String rule, String name, String kind, long size,
            long waste, String fix) {
        double pct = size == 0 ? 0 : 100.0 * waste / size;
        if (waste < t.bloatMinBytes() || pct < t.bloatPct() || waste == 0) {
            return;
        }
        Map<String, String> e = new LinkedHashMap<>();
        e.put("sizeBytes", Long.toString(size));
        e.put("wastedBytes", Long.toString(waste));
        e.put("wastedPct", Double.toString(ServerCheck.round(pct)));
        e.put("thresholdPct", Double.toString(t.bloatPct()));
        out.finding(rule, name, pct >= 80 ? Severity.MEDIUM : Severity.LOW,
                kind + " " + name + " is about " + Math.round(pct) + "% bloat (" + mib(waste) + " of " + mib(size) + ", estimated)",
                fix, e);
    }

    private static long expectedPages(double tuples, double usable, int tupleSize) {
        long perPage = Math.max(1, (long) Math.floor(usable / tupleSize));
        return (long) Math.ceil(tuples / perPage);
    }

    private static int align(int n) {
        return (n + 7) & ~7;
    }

    private static String mib(long bytes) {
        return bytes >= 10L << 20 ? (bytes >> 20) + " MiB" : Math.round(bytes / 1048576.0 * 10) / 10.0 + " MiB";
    }
}
