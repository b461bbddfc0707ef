package dev.upkeep.probe;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Opens JDBC connections to PostgreSQL with upkeep's session settings: connect, socket and
 * statement timeouts from the probe's budget, {@code application_name=upkeep}, and, for probes, a
 * session where every transaction is read-only from the first statement on (set in the startup
 * packet, so no statement runs before it holds).
 */
public final class PgConnect {
    private PgConnect() {}

    public static Connection readOnly(PgUrl url, Duration timeout) throws SQLException {
        return open(url, timeout, true);
    }

    /** A read-write session: only for the restore drill's scratch database and its server. */
    public static Connection readWrite(PgUrl url, Duration timeout) throws SQLException {
        return open(url, timeout, false);
    }

    private static Connection open(PgUrl url, Duration timeout, boolean readOnly) throws SQLException {
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        Properties p = url.jdbcProperties();
        p.putIfAbsent("ApplicationName", "upkeep");
        p.setProperty("connectTimeout", Long.toString(Math.min(seconds, 30)));
        p.setProperty("loginTimeout", Long.toString(Math.min(seconds, 30)));
        p.setProperty("socketTimeout", Long.toString(seconds + 5));
        String options = "-c statement_timeout=" + timeout.toMillis() + " -c lock_timeout=5000"
                + (readOnly ? " -c default_transaction_read_only=on" : "");
        String own = p.getProperty("options");
        p.setProperty("options", own == null || own.isBlank() ? options : own + " " + options);
        if (readOnly) {
            p.setProperty("readOnly", "true");
            p.setProperty("readOnlyMode", "always");
        }
        Connection c = new Driver().connect(url.jdbcUrl(), p);
        if (c == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + url.display());
        }
        return c;
    }
}
