package dev.upkeep.probe.backup;

import dev.upkeep.probe.PgConnect;
import dev.upkeep.probe.PgUrl;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Creates and drops the drill's scratch databases. Each is named {@code upkeep_drill_<time>_<random>}
 * and carries a comment marking it as upkeep's; only databases with both the prefix and the
 * comment are ever dropped, so a database someone else named alike survives. A running drill holds
 * a session advisory lock on its scratch name for as long as its maintenance connection lives
 * (a killed drill's lock goes with its connection), so a drill started meanwhile on the same server
 * leaves that one's database alone.
 */
final class ScratchDatabases {
    static final String PREFIX = "upkeep_drill_";
    static final String MARKER = "upkeep restore drill scratch";
    /** The first key of upkeep's advisory locks ('upk'); the second is the scratch name's hash. */
    static final int LOCK_SPACE = 0x75706b;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private ScratchDatabases() {}

    static String newName(Clock clock) {
        byte[] r = new byte[3];
        new SecureRandom().nextBytes(r);
        return PREFIX + STAMP.format(clock.instant()) + "_" + HexFormat.of().formatHex(r);
    }

    /** Drops what earlier drills left (killed half-way); returns their names. */
    static List<String> dropLeftovers(Connection admin) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement(
                "SELECT datname FROM pg_database WHERE datname LIKE ? AND shobj_description(oid, 'pg_database') LIKE ?")) {
            ps.setString(1, PREFIX.replace("_", "\\_") + "%");
            ps.setString(2, MARKER + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        List<String> dropped = new ArrayList<>();
        for (String n : names) {
            if (lock(admin, n, false)) {
                drop(admin, n);
                unlock(admin, n);
                dropped.add(n);
            }
        }
        return dropped;
    }

    /** Creates the scratch database, holding its lock on {@code admin}'s session from before it exists. */
    static void create(Connection admin, String name, Clock clock) throws SQLException {
        check(name);
        lock(admin, name, true);
        try (Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0");
            s.execute("COMMENT ON DATABASE " + name + " IS '" + MARKER + ", created " + clock.instant() + "; safe to drop'");
        }
    }

    static void drop(Connection admin, String name) throws SQLException {
        check(name);
        try (Statement s = admin.createStatement()) {
            if (admin.getMetaData().getDatabaseMajorVersion() >= 13) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } else {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    /** Takes the session lock of {@code name}: waiting for it, or only when free ({@code wait} false). */
    static boolean lock(Connection admin, String name, boolean wait) throws SQLException {
        String sql = wait ? "SELECT pg_advisory_lock(?, hashtext(?))" : "SELECT pg_try_advisory_lock(?, hashtext(?))";
        try (PreparedStatement ps = admin.prepareStatement(sql)) {
            ps.setInt(1, LOCK_SPACE);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                return wait || rs.next() && rs.getBoolean(1);
            }
        }
    }

    static void unlock(Connection admin, String name) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
            ps.setInt(1, LOCK_SPACE);
            ps.setString(2, name);
            ps.executeQuery().close();
        }
    }

    /** Best effort, for a shutdown hook: a fresh connection, a short timeout, no exception. */
    static void dropQuietly(PgUrl admin, String name) {
        try (Connection c = PgConnect.readWrite(admin, Duration.ofSeconds(10))) {
            drop(c, name);
        } catch (SQLException | RuntimeException e) {
            // the next drill drops it
        }
    }

    /** Scratch names go into SQL unquoted: they must be exactly what {@link #newName} makes (or a leftover of it). */
    private static void check(String name) {
        if (!name.matches("upkeep_drill_[a-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("not a scratch database name: " + name);
        }
    }
}
