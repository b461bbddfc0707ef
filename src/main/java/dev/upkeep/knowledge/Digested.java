package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Instant;

/**
 * A response's {@link Digest} value, fresh or from the cache; the counterpart of {@link Fetched}.
 *
 * @param fetchedAt when the origin last confirmed the document the value was read from
 * @param note why the value may be old ({@code registry.npmjs.org failed (HTTP 503); using the
 *     copy cached 3 h ago}), or {@code null}
 */
public record Digested<T>(URI uri, T value, Instant fetchedAt, Fetched.Origin origin, String note) {
    public Digested {
        requireNonNull(uri, "uri is null");
        requireNonNull(value, "value is null");
        requireNonNull(fetchedAt, "fetchedAt is null");
        requireNonNull(origin, "origin is null");
    }
}
