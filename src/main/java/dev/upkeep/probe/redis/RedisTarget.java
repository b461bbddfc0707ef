package dev.upkeep.probe.redis;

import static java.util.Objects.requireNonNull;

import dev.upkeep.probe.SecretRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One Redis of {@code targets.redis}.
 *
 * @param name what reports call it; by default the connection reference
 * @param url where the {@code redis://} or {@code rediss://} URL comes from
 * @param role what the Redis is for: a queue must never evict, a cache should
 * @param memoryPct share of {@code maxmemory} in use from which it is a finding (runbook: memory under 85%)
 * @param timeout connect and read timeout
 * @param ca extra trusted CA certificates (PEM) for {@code rediss://}
 */
public record RedisTarget(String name, SecretRef url, Role role, double memoryPct, Duration timeout, Optional<Path> ca) {
    /** What the Redis holds. */
    public enum Role {
        /** Jobs (BullMQ, Sidekiq, Celery): losing a key loses work, so it needs {@code noeviction}. */
        QUEUE,
        /** Disposable data: it should evict ({@code allkeys-lru} or similar) rather than refuse writes. */
        CACHE
    }

    public static final double DEFAULT_MEMORY_PCT = 85;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public RedisTarget {
        requireNonNull(name, "name is null");
        requireNonNull(url, "url is null");
        requireNonNull(role, "role is null");
        requireNonNull(timeout, "timeout is null");
        ca = ca == null ? Optional.empty() : ca;
    }

    public static RedisTarget of(SecretRef url) {
        return new RedisTarget(url.toString(), url, Role.QUEUE, DEFAULT_MEMORY_PCT, DEFAULT_TIMEOUT, Optional.empty());
    }

    public RedisTarget withRole(Role r) {
        return new RedisTarget(name, url, r, memoryPct, timeout, ca);
    }

    public RedisTarget withMemoryPct(double pct) {
        return new RedisTarget(name, url, role, pct, timeout, ca);
    }
}
