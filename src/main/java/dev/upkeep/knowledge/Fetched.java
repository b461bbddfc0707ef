package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A response body upkeep can use, fresh or from the cache.
 *
 * @param uri what was asked for
 * @param body the bytes of a 200 response (possibly revalidated by a 304)
 * @param fetchedAt when the origin last confirmed these bytes
 * @param origin how it was obtained
 * @param note why the data is degraded, or {@code null} ("registry.npmjs.org answered 503; using
 *     the copy cached 3 h ago")
 * @param headers the response headers kept with the body ({@code Link}, {@code Content-Type}),
 *     keyed in lower case; cached copies keep them too
 */
public record Fetched(URI uri, byte[] body, Instant fetchedAt, Origin origin, String note, Map<String, String> headers) {
    /** Where a body came from. */
    public enum Origin {
        /** A 200 from the origin just now. */
        NETWORK,
        /** A 304: the cached copy is confirmed current. */
        REVALIDATED,
        /** Served from the cache without asking, because it is within its freshness. */
        CACHE_FRESH,
        /** Served from the cache although stale: offline, or the origin failed. */
        CACHE_STALE
    }

    public Fetched {
        requireNonNull(uri, "uri is null");
        requireNonNull(body, "body is null");
        requireNonNull(fetchedAt, "fetchedAt is null");
        requireNonNull(origin, "origin is null");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public Fetched(URI uri, byte[] body, Instant fetchedAt, Origin origin, String note) {
        this(uri, body, fetchedAt, origin, note, Map.of());
    }

    /** A kept response header by its lower-case name, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Duration age(Instant now) {
        return Duration.between(fetchedAt, now).isNegative() ? Duration.ZERO : Duration.between(fetchedAt, now);
    }

    public boolean degraded() {
        return origin == Origin.CACHE_STALE;
    }
}
