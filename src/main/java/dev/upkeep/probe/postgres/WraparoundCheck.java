package dev.upkeep.probe.postgres;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Transaction ID age of every database against the 2^31 wraparound horizon: past it PostgreSQL
 * stops accepting writes until a freezing VACUUM has run.
 */
final class WraparoundCheck implements PgCheck {
    static final double HORIZON = 2_147_483_648.0;
    private static final String SQL = """
            SELECT datname, age(datfrozenxid)::int8 AS xid_age,
                   current_setting('autovacuum_freeze_max_age')::int8 AS freeze_max_age
            FROM pg_database WHERE datallowconn ORDER BY datname
            """;

    @Override
    public String name() {
        return "wraparound";
    }

    @Override
    public void run(Connection c, Session s, ProbeResult.Builder out) throws SQLException {
        long max = 0;
        for (Rows.Row r : Rows.query(c, SQL)) {
            long age = r.lng("xid_age");
            max = Math.max(max, age);
            out.measure("xidAge", r.str("datname"), age, "count");
            double pct = 100 * age / HORIZON;
            if (pct >= s.thresholds().xidAgePct()) {
                out.finding("probe/postgres-xid-wraparound", r.str("datname"), pct >= 75 ? Severity.CRITICAL : Severity.HIGH,
                        "database " + r.str("datname") + " is at transaction ID age " + age + " (" + ServerCheck.round(pct)
                                + "% of the way to wraparound; autovacuum freezes from " + r.lng("freeze_max_age") + ")",
                        "Find what holds back freezing (long transactions, prepared transactions, replication slots), then run "
                                + "VACUUM (FREEZE, VERBOSE) on the tables with the oldest age(relfrozenxid) in " + r.str("datname") + ".",
                        Map.of("xidAge", Long.toString(age), "wraparoundPct", Double.toString(ServerCheck.round(pct)),
                                "thresholdPct", Double.toString(s.thresholds().xidAgePct())));
            }
        }
        out.measure("xidAgeMax", max, "count");
    }
}
