package dev.upkeep.probe.postgres;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tables whose dead tuples, or time since the last (auto)vacuum or (auto)analyze, exceed the
 * thresholds. Tables below {@code deadTuplesMin} changed rows are left alone: autovacuum's own
 * trigger (50 rows + 20% of the table) makes small tables churn harmlessly.
 */
final class VacuumCheck implements PgCheck {
    private static final String SQL = """
            SELECT quote_ident(schemaname) || '.' || quote_ident(relname) AS qname,
                   n_live_tup, n_dead_tup, n_mod_since_analyze,
                   extract(epoch FROM now() - greatest(last_vacuum, last_autovacuum))::float8 AS vacuum_age,
                   extract(epoch FROM now() - greatest(last_analyze, last_autoanalyze))::float8 AS analyze_age
            FROM pg_stat_user_tables
            WHERE n_dead_tup >= ? OR n_mod_since_analyze >= ?
            """;

    @Override
    public String name() {
        return "vacuum";
    }

    @Override
    public void run(Connection c, Session s, ProbeResult.Builder out) throws SQLException {
        PostgresThresholds t = s.thresholds();
        long needVacuum = 0;
        long needAnalyze = 0;
        for (Rows.Row r : Rows.query(c, SQL, t.deadTuplesMin(), t.deadTuplesMin())) {
            String table = r.str("qname");
            long live = r.lng("n_live_tup");
            long dead = r.lng("n_dead_tup");
            boolean neverVacuumed = r.isNull("vacuum_age");
            double vacuumAge = r.dbl("vacuum_age");
            boolean staleVacuum = neverVacuumed || vacuumAge > t.vacuumAge().toSeconds();
            if (dead >= t.deadTuplesMin() && dead >= t.deadTuplesPct() / 100 * live) {
                needVacuum++;
                double pct = live == 0 ? 100 : ServerCheck.round(100.0 * dead / live);
                Map<String, String> e = new LinkedHashMap<>();
                e.put("deadTuples", Long.toString(dead));
                e.put("liveTuples", Long.toString(live));
                e.put("deadPct", Double.toString(pct));
                e.put("thresholdPct", Double.toString(t.deadTuplesPct()));
                e.put("lastVacuumHoursAgo", neverVacuumed ? "never" : Long.toString((long) (vacuumAge / 3600)));
                out.finding("probe/postgres-dead-tuples", table, Severity.MEDIUM,
                        table + " holds " + dead + " dead tuples (" + pct + "% of " + live + " live), last vacuumed "
                                + (neverVacuumed ? "never" : ago(vacuumAge)),
                        "VACUUM (ANALYZE) " + table + "; then check that autovacuum keeps up with it (autovacuum_vacuum_scale_factor, "
                                + "long transactions holding back cleanup).", e);
            } else if (dead >= t.deadTuplesMin() && staleVacuum) {
                needVacuum++;
                out.finding("probe/postgres-vacuum-stale", table, Severity.LOW,
                        table + " holds " + dead + " dead tuples and was last vacuumed " + (neverVacuumed ? "never" : ago(vacuumAge)),
                        "VACUUM (ANALYZE) " + table,
                        Map.of("deadTuples", Long.toString(dead),
                                "lastVacuumHoursAgo", neverVacuumed ? "never" : Long.toString((long) (vacuumAge / 3600)),
                                "thresholdHours", Long.toString(t.vacuumAge().toHours())));
            }
            long changed = r.lng("n_mod_since_analyze");
            boolean neverAnalyzed = r.isNull("analyze_age");
            double analyzeAge = r.dbl("analyze_age");
            if (changed >= t.deadTuplesMin() && changed >= 50 + 0.1 * live
                    && (neverAnalyzed || analyzeAge > t.analyzeAge().toSeconds())) {
                needAnalyze++;
                out.finding("probe/postgres-analyze-stale", table, Severity.LOW,
                        table + " changed " + changed + " rows since its statistics were last gathered ("
                                + (neverAnalyzed ? "never" : ago(analyzeAge)) + "); the planner works from stale numbers",
                        "ANALYZE " + table,
                        Map.of("rowsChangedSinceAnalyze", Long.toString(changed), "liveTuples", Long.toString(live),
                                "lastAnalyzeHoursAgo", neverAnalyzed ? "never" : Long.toString((long) (analyzeAge / 3600)),
                                "thresholdHours", Long.toString(t.analyzeAge().toHours())));
            }
        }
        out.measure("tablesNeedingVacuum", needVacuum, "count");
        out.measure("tablesNeedingAnalyze", needAnalyze, "count");
    }

    static String ago(double seconds) {
        return seconds < 7200 ? (long) (seconds / 60) + " min ago" : seconds < 172_800 ? (long) (seconds / 3600) + " h ago"
                : (long) (seconds / 86_400) + " days ago";
    }
}
