package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL connection string as applications write it: a URL ({@code postgres://user:pw@host:5432/db?sslmode=require},
 * also {@code postgresql://} and {@code jdbc:postgresql://}) or libpq keywords
 * ({@code host=db port=5432 dbname=app user=app password=…}). Parsed by hand because
 * {@code java.net.URI} rejects unencoded characters common in real passwords and its error
 * message would echo the password. Gives a JDBC URL and properties for probes, and libpq
 * environment variables for {@code pg_restore}/{@code psql} (so the password never appears on a
 * command line). {@link #toString()} and {@link #display()} never show the password.
 */
public final class PgUrl {
    /** libpq parameters passed on to JDBC (same names there) and to the tools' environment. */
    private static final Map<String, String> ENV = Map.of("sslmode", "PGSSLMODE", "sslrootcert", "PGSSLROOTCERT",
            "sslcert", "PGSSLCERT", "sslkey", "PGSSLKEY", "application_name", "PGAPPNAME");

    private final List<String> hosts;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> params;

    PgUrl(List<String> hosts, int port, String database, String user, String password, Map<String, String> params) {
        this.hosts = List.copyOf(hosts);
        this.port = port;
        this.database = requireNonNull(database, "database is null");
        this.user = user;
        this.password = password;
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Parses a connection string.
     *
     * @throws ProbeException naming what is wrong, never echoing the text (it may hold a password)
     */
    public static PgUrl parse(String text) {
        String t = text.strip();
        if (t.startsWith("jdbc:")) {
            t = t.substring(5);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        PgUrl url = lower.startsWith("postgres://") || lower.startsWith("postgresql://") ? PgUrlParser.fromUrl(t) : PgUrlParser.fromKeywords(t);
        for (String h : url.hosts) {
            if (h.startsWith("/")) {
                throw new ProbeException("connection string names a Unix socket folder (" + h + "); upkeep connects over TCP: give host=localhost");
            }
        }
        return url;
    }

    public List<String> hosts() {
        return hosts;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /** The same server and credentials, another database. */
    public PgUrl withDatabase(String db) {
        return new PgUrl(hosts, port, db, user, password, params);
    }

    /** {@code postgres://user@host:port/db}, never the password. */
    public String display() {
        StringBuilder sb = new StringBuilder("postgres://");
        if (user != null) {
            sb.append(user).append('@');
        }
        sb.append(String.join(",", hosts.stream().map(h -> h.contains(":") ? "[" + h + "]" : h).toList()));
        return sb.append(':').append(port).append('/').append(database).toString();
    }

    @Override
    public String toString() {
        return display();
    }

    /** The JDBC URL, without credentials (they go in {@link #jdbcProperties}). */
    public String jdbcUrl() {
        StringBuilder sb = new StringBuilder("jdbc:postgresql://");
        for (int i = 0; i < hosts.size(); i++) {
            String h = hosts.get(i);
            sb.append(i == 0 ? "" : ",").append(h.contains(":") ? "[" + h + "]" : h).append(':').append(port);
        }
        return sb.append('/').append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20")).toString();
    }

    /** Credentials and libpq parameters as pgjdbc properties (the names are shared, or close). */
    public Properties jdbcProperties() {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        params.forEach((k, v) -> {
            switch (k) {
                case "application_name" -> p.setProperty("ApplicationName", v);
                case "connect_timeout" -> p.setProperty("connectTimeout", v);
                case "target_session_attrs" -> p.setProperty("targetServerType", v.equals("read-write") ? "primary" : v);
                default -> p.setProperty(k, v);
            }
        });
        return p;
    }

    /** libpq environment variables for {@code pg_dump}, {@code pg_restore} and {@code psql}. */
    public Map<String, String> libpqEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", String.join(",", hosts));
        env.put("PGPORT", Integer.toString(port));
        env.put("PGDATABASE", database);
        if (user != null) {
            env.put("PGUSER", user);
        }
        if (password != null) {
            env.put("PGPASSWORD", password);
        }
        params.forEach((k, v) -> {
            if (ENV.containsKey(k)) {
                env.put(ENV.get(k), v);
            }
        });
        return env;
    }

    /** Whether two connection strings could reach the same database: same port, database and a host in common (local names count as one). */
    public boolean couldBeSameDatabase(PgUrl other) {
        return couldBeSameServer(other) && database.equals(other.database);
    }

    /** Whether two connection strings could reach the same server. */
    public boolean couldBeSameServer(PgUrl other) {
        if (port != other.port) {
            return false;
        }
        for (String a : hosts) {
            for (String b : other.hosts) {
                if (canonicalHost(a).equals(canonicalHost(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String canonicalHost(String h) {
        String l = h.toLowerCase(Locale.ROOT);
        return l.equals("localhost") || l.equals("127.0.0.1") || l.equals("::1") || l.startsWith("127.") ? "local" : l;
    }
}
