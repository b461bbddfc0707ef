package dev.upkeep.probe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the two spellings of a PostgreSQL connection string into a {@link PgUrl}; never echoes the text. */
final class PgUrlParser {
    private static final Set<String> KNOWN = Set.of("host", "hostaddr", "port", "dbname", "user", "password", "sslmode",
            "sslrootcert", "sslcert", "sslkey", "application_name", "connect_timeout", "options", "target_session_attrs");

    private PgUrlParser() {}

    static PgUrl fromUrl(String t) {
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

    static PgUrl fromKeywords(String t) {
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

}
