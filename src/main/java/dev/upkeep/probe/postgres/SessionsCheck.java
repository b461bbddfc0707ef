package dev.upkeep.probe.postgres;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Client sessions idle inside a transaction (they hold locks and keep vacuum from cleaning up) or
 * running one statement for too long. The statement text is never reported: it may hold data.
 */
final class SessionsCheck implements PgCheck {
    private static final String SQL = """
            SELECT pid, coalesce(usename, '') AS usename, coalesce(application_name, '') AS app, coalesce(datname, '') AS datname,
                   coalesce(host(client_addr), 'local') AS client, state,
                   extract(epoch FROM now() - state_change)::float8 AS in_state,
                   extract(epoch FROM now() - query_start)::float8 AS running,
                   extract(epoch FROM now() - xact_start)::float8 AS in_xact
            FROM pg_stat_activity
            WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
              AND state IN ('idle in transaction', 'idle in transaction (aborted)', 'active')
            """;

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public void run(Connection c, Session s, ProbeResult.Builder out) throws SQLException {
        long idle = 0;
        long longRunning = 0;
        double oldestXact = 0;
        for (Rows.Row r : Rows.query(c, SQL)) {
            oldestXact = Math.max(oldestXact, r.dbl("in_xact"));
            String who = r.str("usename") + (r.str("app").isEmpty() ? "" : " (" + r.str("app") + ")") + " from " + r.str("client");
            Map<String, String> e = new LinkedHashMap<>();
            e.put("pid", r.str("pid"));
            e.put("user", r.str("usename"));
            e.put("application", r.str("app"));
            e.put("database", r.str("datname"));
            if (r.str("state").startsWith("idle in transaction") && r.dbl("in_state") >= s.thresholds().idleInTransaction().toSeconds()) {
                idle++;
                e.put("idleSeconds", Long.toString((long) r.dbl("in_state")));
                e.put("thresholdSeconds", Long.toString(s.thresholds().idleInTransaction().toSeconds()));
                out.finding("probe/postgres-idle-in-transaction", "pid " + r.str("pid"), Severity.MEDIUM,
                        "session " + r.str("pid") + " of " + who + " has been idle in a transaction for " + VacuumCheck.ago(r.dbl("in_state"))
                                .replace(" ago", "") + "; it holds its locks and keeps VACUUM from removing dead rows",
                        "Fix the code path that leaves the transaction open; end this one with SELECT pg_terminate_backend("
                                + r.str("pid") + "); set idle_in_transaction_session_timeout as a backstop.", e);
            } else if (r.str("state").equals("active") && r.dbl("running") >= s.thresholds().longRunning().toSeconds()) {
                longRunning++;
                e.put("runningSeconds", Long.toString((long) r.dbl("running")));
                e.put("thresholdSeconds", Long.toString(s.thresholds().longRunning().toSeconds()));
                out.finding("probe/postgres-long-running", "pid " + r.str("pid"), Severity.MEDIUM,
                        "session " + r.str("pid") + " of " + who + " has been running one statement for "
                                + VacuumCheck.ago(r.dbl("running")).replace(" ago", ""),
                        "Look at it (SELECT query FROM pg_stat_activity WHERE pid = " + r.str("pid") + "); cancel with SELECT pg_cancel_backend("
                                + r.str("pid") + ") if it should not run; set statement_timeout for the application's role.", e);
            }
        }
        out.measure("idleInTransaction", idle, "count");
        out.measure("longRunning", longRunning, "count");
        out.measure("oldestTransaction", Math.round(oldestXact), "s");
    }
}
