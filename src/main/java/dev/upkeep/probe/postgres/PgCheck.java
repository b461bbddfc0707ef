package dev.upkeep.probe.postgres;

import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One look at a PostgreSQL database: a few read-only catalog or statistics queries, turned into
 * measurements and findings. A check that fails (a missing privilege, a statement timeout) is
 * noted as a problem of the result; the others still run.
 */
interface PgCheck {
    /** A short name for problems: {@code vacuum}, {@code indexes}. */
    String name();

    void run(Connection c, Session s, ProbeResult.Builder out) throws SQLException;

    /**
     * What every check knows about the session.
     *
     * @param versionNum {@code server_version_num}, such as 150019
     * @param thresholds when measurements become findings
     */
    record Session(int versionNum, PostgresThresholds thresholds) {}
}
