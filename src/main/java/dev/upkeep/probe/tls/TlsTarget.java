package dev.upkeep.probe.tls;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One endpoint of {@code targets.tls}.
 *
 * @param host where to connect
 * @param port the port, 443 unless given
 * @param serverName the name sent as SNI and matched against the certificate (default: host)
 * @param warnDays days left under which a certificate is a finding (runbook: more than 30 days)
 * @param timeout per connection
 * @param ca extra trusted CA certificates (PEM), for a private CA
 * @param protocols whether to try each protocol version (TLS 1.0 to 1.3) separately
 */
public record TlsTarget(String host, int port, String serverName, int warnDays, Duration timeout, Optional<Path> ca,
        boolean protocols) {
    public static final int DEFAULT_WARN_DAYS = 30;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public TlsTarget {
        requireNonNull(host, "host is null");
        requireNonNull(serverName, "serverName is null");
        requireNonNull(timeout, "timeout is null");
        ca = ca == null ? Optional.empty() : ca;
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }

    public static TlsTarget of(String host, int port) {
        return new TlsTarget(host, port, host, DEFAULT_WARN_DAYS, DEFAULT_TIMEOUT, Optional.empty(), true);
    }

    /**
     * Reads {@code host}, {@code host:port} or {@code [v6]:port}.
     *
     * @throws IllegalArgumentException when it is none of those
     */
    public static TlsTarget parse(String text) {
        String t = text.strip();
        if (t.contains("://")) {
            java.net.URI u = java.net.URI.create(t);
            return of(u.getHost(), u.getPort() < 0 ? 443 : u.getPort());
        }
        String host = t;
        int port = 443;
        int colon = t.lastIndexOf(':');
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            host = t.substring(1, close);
            if (close + 1 < t.length() && t.charAt(close + 1) == ':') {
                port = Integer.parseInt(t.substring(close + 2));
            }
        } else if (colon > 0 && t.indexOf(':') == colon) {
            host = t.substring(0, colon);
            port = Integer.parseInt(t.substring(colon + 1));
        }
        return of(host, port);
    }

    public String display() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    public TlsTarget withServerName(String name) {
        return new TlsTarget(host, port, name, warnDays, timeout, ca, protocols);
    }

    public TlsTarget withCa(Path pem) {
        return new TlsTarget(host, port, serverName, warnDays, timeout, Optional.of(pem), protocols);
    }

    public TlsTarget withWarnDays(int days) {
        return new TlsTarget(host, port, serverName, days, timeout, ca, protocols);
    }

    public TlsTarget withTimeout(Duration t) {
        return new TlsTarget(host, port, serverName, warnDays, t, ca, protocols);
    }
}
