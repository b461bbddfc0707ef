package dev.upkeep.knowledge;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Proxies from the environment, as curl and most CLIs read them (the JDK reads only system
 * properties): {@code https_proxy} for https URLs, {@code http_proxy} for http, {@code all_proxy}
 * for both when the specific one is unset; lower case wins over upper case. {@code no_proxy} is a
 * comma- or space-separated list of {@code *}, host names (matching the host and its subdomains,
 * with or without a leading dot or {@code *.}), IP addresses and IPv4 CIDR ranges, each with an
 * optional {@code :port}. Loopback ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}) is always
 * reached directly.
 *
 * <p>Only HTTP proxies are supported (the JDK client speaks no SOCKS); proxy URLs with another
 * scheme are ignored. User info in a proxy URL is dropped: it is never printed, and the JDK does
 * not send Basic credentials to a tunnelling proxy unless configured to.
 */
public final class EnvProxySelector extends ProxySelector {
    private final Proxy https;
    private final Proxy http;
    private final List<String> noProxy;

    private EnvProxySelector(Proxy https, Proxy http, List<String> noProxy) {
        this.https = https;
        this.http = http;
        this.noProxy = List.copyOf(noProxy);
    }

    public static EnvProxySelector fromEnv(Map<String, String> env) {
        Proxy all = proxy(value(env, "all_proxy"));
        Proxy https = proxy(value(env, "https_proxy"));
        Proxy http = proxy(value(env, "http_proxy"));
        List<String> no = new ArrayList<>();
        String list = value(env, "no_proxy");
        if (list != null) {
            for (String item : list.split("[,\\s]+")) {
                if (!item.isBlank()) {
                    no.add(item.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new EnvProxySelector(https != null ? https : all, http != null ? http : all, no);
    }

    @Override
    public List<Proxy> select(URI uri) {
        Proxy p = "https".equalsIgnoreCase(uri.getScheme()) ? https : "http".equalsIgnoreCase(uri.getScheme()) ? http : null;
        if (p == null || uri.getHost() == null || bypass(uri.getHost(), effectivePort(uri))) {
            return List.of(Proxy.NO_PROXY);
        }
        return List.of(p);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to learn: there is one proxy per scheme
    }

    /** Where requests go, without credentials: {@code https → proxy.corp:3128, http → direct}. */
    @Override
    public String toString() {
        return "https → " + describe(https) + ", http → " + describe(http) + (noProxy.isEmpty() ? "" : ", no_proxy " + noProxy);
    }

    boolean bypass(String rawHost, int port) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.") || host.equals("::1")) {
            return true;
        }
        for (String entry : noProxy) {
            if (matches(entry, host, port)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String entry, String host, int port) {
        if (entry.equals("*")) {
            return true;
        }
        String pattern = entry;
        int colon = pattern.lastIndexOf(':');
        if (colon > 0 && pattern.indexOf(':') == colon && !pattern.contains("/")) {
            String p = pattern.substring(colon + 1);
            pattern = pattern.substring(0, colon);
            if (!p.equals(Integer.toString(port))) {
                return false;
            }
        }
        if (pattern.startsWith("[") && pattern.endsWith("]")) {
            pattern = pattern.substring(1, pattern.length() - 1);
        }
        if (pattern.contains("/")) {
            return inCidr(pattern, host);
        }
        if (pattern.startsWith("*.")) {
            pattern = pattern.substring(1);
        }
        String bare = pattern.startsWith(".") ? pattern.substring(1) : pattern;
        return host.equals(bare) || host.endsWith("." + bare);
    }

    private static boolean inCidr(String cidr, String host) {
        int slash = cidr.indexOf('/');
        long net = ipv4(cidr.substring(0, slash));
        long ip = ipv4(host);
        int bits;
        try {
            bits = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (net < 0 || ip < 0 || bits < 0 || bits > 32) {
            return false;
        }
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (net & mask) == (ip & mask);
    }

    private static long ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long v = 0;
        for (String part : parts) {
            try {
                int b = Integer.parseInt(part);
                if (b < 0 || b > 255) {
                    return -1;
                }
                v = (v << 8) | b;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return v;
    }

    private static Proxy proxy(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        URI u;
        try {
            u = URI.create(v.contains("://") ? v : "http://" + v);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
            return null;
        }
        int port = u.getPort() > 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(u.getHost(), port));
    }

    private static String value(Map<String, String> env, String lower) {
        String v = env.get(lower);
        return v != null && !v.isBlank() ? v : env.get(lower.toUpperCase(Locale.ROOT));
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String describe(Proxy p) {
        if (p == null) {
            return "direct";
        }
        InetSocketAddress a = (InetSocketAddress) p.address();
        return a.getHostString() + ":" + a.getPort();
    }
}
