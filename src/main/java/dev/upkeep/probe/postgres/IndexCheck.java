package dev.upkeep.probe.postgres;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indexes that cost writes and space for nothing: never scanned since statistics were reset,
 * duplicating or covered by another index of the same table, or left invalid by a failed
 * {@code CREATE INDEX CONCURRENTLY}. Unique, primary-key and constraint indexes are never called
 * unused or redundant: they enforce something.
 */
final class IndexCheck implements PgCheck {
    private static final String INDEXES = """
            SELECT x.indexrelid::int8 AS oid, x.indrelid::int8 AS table_oid,
                   quote_ident(n.nspname) || '.' || quote_ident(ic.relname) AS qname,
                   quote_ident(n.nspname) || '.' || quote_ident(tc.relname) AS qtable,
                   am.amname AS method, x.indisunique AS is_unique, x.indisprimary AS is_primary, x.indisvalid AS is_valid,
                   EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid) AS backs_constraint,
                   x.indkey::text AS keys, x.indclass::text AS opclasses, x.indcollation::text AS collations,
                   coalesce(pg_get_expr(x.indexprs, x.indrelid), '') AS exprs,
                   coalesce(pg_get_expr(x.indpred, x.indrelid), '') AS pred,
                   x.indnkeyatts AS key_cols,
                   pg_relation_size(x.indexrelid) AS bytes,
                   coalesce(s.idx_scan, 0) AS scans
            FROM pg_index x
            JOIN pg_class ic ON ic.oid = x.indexrelid
            JOIN pg_class tc ON tc.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = ic.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            LEFT JOIN pg_stat_user_indexes s ON s.indexrelid = x.indexrelid
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast'
            ORDER BY x.indrelid, x.indexrelid
            """;
    private static final String STATS_AGE = """
            SELECT extract(epoch FROM now() - coalesce(stats_reset, pg_postmaster_start_time()))::float8 AS age
            FROM pg_stat_database WHERE datname = current_database()
            """;

    record Index(long oid, long table, String name, String tableName, String method, boolean enforces, boolean valid,
            String keys, String opclasses, String collations, String exprs, String pred, int keyCols, long bytes, long scans) {
        List<String> keyList() {
            return List.of(keys.split(" ")).subList(0, keyCols);
        }
    }

    @Override
    public String name() {
        return "indexes";
    }

    @Override
    public void run(Connection c, Session s, ProbeResult.Builder out) throws SQLException {
        List<Index> all = new ArrayList<>();
        for (Rows.Row r : Rows.query(c, INDEXES)) {
            all.add(new Index(r.lng("oid"), r.lng("table_oid"), r.str("qname"), r.str("qtable"), r.str("method"),
                    r.bool("is_unique") || r.bool("is_primary") || r.bool("backs_constraint"), r.bool("is_valid"),
                    r.str("keys"), r.str("opclasses"), r.str("collations"), r.str("exprs"), r.str("pred"),
                    (int) r.lng("key_cols"), r.lng("bytes"), r.lng("scans")));
        }
        double statsAgeDays = Rows.one(c, STATS_AGE).dbl("age") / 86_400;
        out.measure("indexes", all.size(), "count");
        invalid(all, out);
        Set<Long> redundant = redundant(all, out);
        out.measure("statsAge", Math.round(statsAgeDays * 10) / 10.0, "days");
        if (statsAgeDays * 86_400 >= s.thresholds().unusedIndexStatsAge().toSeconds()) {
            unused(all, redundant, statsAgeDays, out);
        }
    }

    private static void invalid(List<Index> all, ProbeResult.Builder out) {
        for (Index i : all) {
            if (!i.valid()) {
                out.finding("probe/postgres-invalid-index", i.name(), Severity.MEDIUM,
                        "index " + i.name() + " on " + i.tableName() + " is invalid (a failed CREATE INDEX CONCURRENTLY or REINDEX): "
                                + "it slows every write and is never used",
                        "REINDEX INDEX CONCURRENTLY " + i.name() + " (or DROP INDEX CONCURRENTLY " + i.name() + " and create it again)",
                        Map.of("sizeBytes", Long.toString(i.bytes())));
            }
        }
    }

    /** Exact duplicates, and non-enforcing B-tree indexes whose keys lead another index's keys. */
    private static Set<Long> redundant(List<Index> all, ProbeResult.Builder out) {
        Set<Long> reported = new HashSet<>();
        for (Index a : all) {
            if (!a.valid() || a.enforces()) {
                continue;
            }
            for (Index b : all) {
                if (a == b || b.table() != a.table() || !b.valid() || !a.method().equals(b.method())
                        || !a.exprs().equals(b.exprs()) || !a.pred().equals(b.pred())) {
                    continue;
                }
                boolean same = a.keys().equals(b.keys()) && a.opclasses().equals(b.opclasses()) && a.collations().equals(b.collations());
                if (same && !b.enforces() && b.oid() > a.oid()) {
                    continue;
                }
                boolean covered = !same && a.method().equals("btree") && a.exprs().isEmpty() && leads(a, b);
                if (same || covered) {
                    reported.add(a.oid());
                    out.finding("probe/postgres-duplicate-index", a.name(), Severity.LOW,
                            "index " + a.name() + " " + (same ? "duplicates " : "is covered by ") + b.name() + " on " + a.tableName(),
                            "DROP INDEX CONCURRENTLY " + a.name(),
                            Map.of("duplicateOf", b.name(), "sizeBytes", Long.toString(a.bytes()), "kind", same ? "identical" : "leading-columns"));
                    break;
                }
            }
        }
        return reported;
    }

    /** Whether {@code a}'s key columns (with their operator classes) are the leading key columns of {@code b}. */
    private static boolean leads(Index a, Index b) {
        List<String> ak = a.keyList();
        List<String> bk = b.keyList();
        List<String> ao = List.of(a.opclasses().split(" "));
        List<String> bo = List.of(b.opclasses().split(" "));
        return ak.size() < bk.size() && bk.subList(0, ak.size()).equals(ak) && bo.size() >= ak.size()
                && bo.subList(0, ak.size()).equals(ao.subList(0, ak.size()));
    }

    private static void unused(List<Index> all, Set<Long> redundant, double statsAgeDays, ProbeResult.Builder out) {
        long count = 0;
        for (Index i : all) {
            if (i.scans() > 0 || i.enforces() || !i.valid() || redundant.contains(i.oid())) {
                continue;
            }
            count++;
            out.finding("probe/postgres-unused-index", i.name(), Severity.LOW,
                    "index " + i.name() + " on " + i.tableName() + " has not been scanned in the " + Math.round(statsAgeDays * 10) / 10.0
                            + " days since statistics were reset",
                    "DROP INDEX CONCURRENTLY " + i.name() + " (after checking that replicas and monthly jobs do not use it either)",
                    Map.of("scans", "0", "sizeBytes", Long.toString(i.bytes()),
                            "statsAgeDays", Double.toString(Math.round(statsAgeDays * 10) / 10.0)));
        }
        out.measure("unusedIndexes", count, "count");
    }
}
