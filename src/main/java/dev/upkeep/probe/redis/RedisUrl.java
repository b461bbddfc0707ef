package dev.upkeep.probe.redis;

import dev.upkeep.probe.ProbeException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code redis://[user[:password]@]host[:port][/db]} or {@code rediss://…} (TLS). Parsed by hand:
 * {@code java.net.URI} rejects common password characters and echoes the input in its errors.
 */
record RedisUrl(boolean tls, String user, String password, String host, int port) {
    static RedisUrl parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        boolean tls = lower.startsWith("rediss://");
        if (!tls && !lower.startsWith("redis://")) {
            throw new ProbeException("the Redis connection string is not a redis:// or rediss:// URL");
        }
        String rest = t.substring(t.indexOf("://") + 3);
        int at = rest.lastIndexOf('@');
        String user = null;
        String password = null;
        if (at >= 0) {
            String info = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = info.indexOf(':');
            user = colon < 0 ? null : decode(info.substring(0, colon));
            password = decode(colon < 0 ? info : info.substring(colon + 1));
            if (user != null && user.isEmpty()) {
                user = null;
            }
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String host = hostPort;
        int port = 6379;
        int colon = hostPort.lastIndexOf(':');
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            host = hostPort.substring(1, close);
            colon = hostPort.indexOf(':', close);
        } else if (colon > 0) {
            host = hostPort.substring(0, colon);
        }
        if (colon > 0) {
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new ProbeException("the Redis connection string has a bad port");
            }
        }
        if (host.isEmpty()) {
            throw new ProbeException("the Redis connection string names no host");
        }
        return new RedisUrl(tls, user, password == null || password.isEmpty() ? null : password, host, port);
    }

    String display() {
        return (tls ? "rediss://" : "redis://") + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
