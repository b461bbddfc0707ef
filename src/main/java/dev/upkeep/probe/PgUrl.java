package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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
    private static final Set<String> KNOWN = Set.of("host", "hostaddr", "port", "dbname", "user", "password", "sslmode",
            "sslrootcert", "sslcert", "sslkey", "application_name", "connect_timeout", "options", "target_session_attrs");

    private final List<String> hosts;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> params;

    private PgUrl(List<String> hosts, int port, String database, String user, String password, Map<String, String> params) {
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
        PgUrl url = lower.startsWith("postgres://") || lower.startsWith("postgresql://") ? fromUrl(t) : fromKeywords(t);
        for (String h : url.hosts) {
            if (h.startsWith("/")) {
                throw new ProbeException("connection string names a Unix socket folder (" + h + "); upkeep connects over TCP: give host=localhost");
            }
        }
        return url;
    }

    private static PgUrl fromUrl(String t) {
        String rest = t.substring(t.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path = "";
        int at = rest.lastIndexOf('@');
        int slash = rest.indexOf('/', Math.max(at, 0));
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String user = null;
        String password = null;
        if (at >= 0) {
            String info = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon >= 0 ? info.substring(0, colon) : info);
            password = colon >= 0 ? decode(info.substring(colon + 1)) : null;
        }
        List<String> hosts = new ArrayList<>();
        int port = 5432;
        for (String hostPort : rest.split(",")) {
            String host = hostPort;
            if (hostPort.startsWith("[")) {
                int close = hostPort.indexOf(']');
                host = hostPort.substring(1, close);
                if (close + 1 < hostPort.length()) {
                    port = port(hostPort.substring(close + 2));
                }
            } else if (hostPort.contains(":")) {
                host = hostPort.substring(0, hostPort.indexOf(':'));
                port = port(hostPort.substring(hostPort.indexOf(':') + 1));
            }
            if (!host.isEmpty()) {
                hosts.add(decode(host));
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : query.split("&")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            params.put(decode(eq < 0 ? kv : kv.substring(0, eq)), eq < 0 ? "" : decode(kv.substring(eq + 1)));
        }
        return build(hosts, port, path.isEmpty() ? null : decode(path), user, password, params);
    }

    private static PgUrl fromKeywords(String t) {
        Map<String, String> kv = new LinkedHashMap<>();
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            int eq = t.indexOf('=', i);
            if (i >= t.length()) {
                break;
            }
            if (eq < 0) {
                throw new ProbeException("connection string is neither a postgres:// URL nor key=value pairs");
            }
            String key = t.substring(i, eq).strip();
            i = eq + 1;
            while (i < t.length() && t.charAt(i) == ' ') {
                i++;
            }
            StringBuilder v = new StringBuilder();
            if (i < t.length() && t.charAt(i) == '\'') {
                i++;
                while (i < t.length() && t.charAt(i) != '\'') {
                    if (t.charAt(i) == '\\' && i + 1 < t.length()) {
                        i++;
                    }
                    v.append(t.charAt(i++));
                }
                i++;
            } else {
                while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
                    v.append(t.charAt(i++));
                }
            }
            kv.put(key, v.toString());
        }
        List<String> hosts = new ArrayList<>();
        String hostList = kv.containsKey("host") ? kv.remove("host") : kv.remove("hostaddr");
        if (hostList != null) {
            hosts.addAll(List.of(hostList.split(",")));
        }
        kv.remove("hostaddr");
        String portText = kv.remove("port");
        return build(hosts, portText == null ? 5432 : port(portText), kv.remove("dbname"), kv.remove("user"), kv.remove("password"), kv);
    }

    private static PgUrl build(List<String> hosts, int port, String db, String user, String password, Map<String, String> params) {
        if (hosts.isEmpty()) {
            hosts = List.of("localhost");
        }
        for (String k : params.keySet()) {
            if (!KNOWN.contains(k) && !k.equals("ssl") && !k.equals("connectTimeout") && !k.equals("ApplicationName")) {
                throw new ProbeException("connection string has an unknown parameter '" + k + "'");
            }
        }
        String database = db != null ? db : user != null ? user : "postgres";
        return new PgUrl(hosts, port, database, user, password, params);
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new ProbeException("connection string has a bad port '" + text + "'");
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
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
