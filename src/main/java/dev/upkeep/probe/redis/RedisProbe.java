package dev.upkeep.probe.redis;

import static java.util.Objects.requireNonNull;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeContext;
import dev.upkeep.probe.ProbeException;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.Trust;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Asks one Redis for {@code INFO server} and {@code INFO memory}: its version (a component, so
 * drift and end-of-life apply), memory used against {@code maxmemory}, and whether its eviction
 * policy suits its role. {@code INFO} works where managed services disable {@code CONFIG}.
 */
final class RedisProbe implements Probe {
    private final RedisTarget target;

    RedisProbe(RedisTarget target) {
        this.target = requireNonNull(target, "target is null");
    }

    @Override
    public String family() {
        return RedisFamily.ID;
    }

    @Override
    public String target() {
        return target.name();
    }

    @Override
    public Duration timeout() {
        return target.timeout();
    }

    @Override
    public ProbeResult run(ProbeContext context) throws IOException {
        RedisUrl url = RedisUrl.parse(context.secrets().resolve(target.url()));
        Map<String, String> info;
        try (Resp redis = new Resp(connect(url, context.timeoutMillis()))) {
            if (url.password() != null) {
                try {
                    if (url.user() != null) {
                        redis.call("AUTH", url.user(), url.password());
                    } else {
                        redis.call("AUTH", url.password());
                    }
                } catch (Resp.ErrorReply e) {
                    throw new ProbeException("Redis refused the credentials: " + e.getMessage());
                }
            }
            try {
                info = parseInfo(redis.call("INFO", "server") + "\n" + redis.call("INFO", "memory"));
            } catch (Resp.ErrorReply e) {
                throw new ProbeException("Redis refused INFO: " + e.getMessage());
            }
        }
        ProbeResult.Builder out = ProbeResult.builder(family(), target());
        String version = info.getOrDefault("redis_version", "");
        if (!version.isEmpty()) {
            out.component(component(version, url));
        }
        long used = number(info, "used_memory");
        long max = number(info, "maxmemory");
        String policy = info.getOrDefault("maxmemory_policy", "unknown");
        out.measure("usedMemory", used, "bytes");
        out.measure("maxMemory", max, "bytes");
        if (max <= 0) {
            out.finding("probe/redis-maxmemory-unset", null, Severity.MEDIUM,
                    target() + " has no maxmemory: it grows until the host runs out of memory and the kernel kills it",
                    "Set maxmemory (below the container's or host's limit, leaving room for forks) in redis.conf or the server's flags.",
                    Map.of("usedMemoryBytes", Long.toString(used)));
        } else {
            double pct = Math.round(1000.0 * used / max) / 10.0;
            out.measure("memoryUsed", pct, "%");
            if (pct >= target.memoryPct()) {
                boolean queue = target.role() == RedisTarget.Role.QUEUE;
                out.finding("probe/redis-memory", null, pct >= 95 ? Severity.CRITICAL : Severity.HIGH,
                        target() + " uses " + pct + "% of its maxmemory (" + used + " of " + max + " bytes)"
                                + (queue && "noeviction".equals(policy) ? "; when full it refuses writes, so jobs cannot be queued" : ""),
                        "Raise maxmemory or find what grows (redis-cli --bigkeys; completed or failed jobs kept forever in a queue).",
                        Map.of("usedPct", Double.toString(pct), "thresholdPct", Double.toString(target.memoryPct()),
                                "usedMemoryBytes", Long.toString(used), "maxMemoryBytes", Long.toString(max)));
            }
        }
        judgePolicy(policy, out);
        return out.build();
    }

    private void judgePolicy(String policy, ProbeResult.Builder out) {
        if (target.role() == RedisTarget.Role.QUEUE && !policy.equals("noeviction")) {
            out.finding("probe/redis-eviction-policy", null, Severity.HIGH,
                    target() + " is a queue but evicts keys (maxmemory-policy " + policy + "): under memory pressure jobs vanish silently",
                    "Set maxmemory-policy noeviction (BullMQ and Sidekiq require it); or mark the target role: cache if it is one.",
                    Map.of("policy", policy, "role", "queue"));
        } else if (target.role() == RedisTarget.Role.CACHE && policy.equals("noeviction")) {
            out.finding("probe/redis-eviction-policy", null, Severity.MEDIUM,
                    target() + " is a cache but never evicts (maxmemory-policy noeviction): when full, every write fails",
                    "Set maxmemory-policy allkeys-lru (or allkeys-lfu) for a cache.", Map.of("policy", policy, "role", "cache"));
        }
    }

    private Socket connect(RedisUrl url, int millis) throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(url.host(), url.port()), millis);
        plain.setSoTimeout(millis);
        if (!url.tls()) {
            return plain;
        }
        SSLSocket s = (SSLSocket) Trust.context(Trust.manager(target.ca().map(List::of).orElse(List.of())))
                .getSocketFactory().createSocket(plain, url.host(), url.port(), true);
        SSLParameters p = s.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        s.setSSLParameters(p);
        s.startHandshake();
        return s;
    }

    static Map<String, String> parseInfo(String text) {
        Map<String, String> m = new HashMap<>();
        for (String line : text.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                m.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return m;
    }

    private static long number(Map<String, String> info, String key) {
        try {
            return Long.parseLong(info.getOrDefault(key, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Component component(String version, RedisUrl url) {
        String purl;
        try {
            purl = new PackageURL("generic", null, "redis", version, null, null).canonicalize();
        } catch (MalformedPackageURLException e) {
            purl = "pkg:generic/redis";
        }
        return Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, "redis").version(version).purl(purl)
                .property("source", "probe").property("server", url.display()).build();
    }
}
