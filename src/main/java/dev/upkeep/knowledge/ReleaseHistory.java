package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Ecosystem;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a registry says about one package: its releases (in the registry's order; sort them
 * with the ecosystem's version scheme), its tags ({@code latest}, {@code next}), and where and when
 * the data came from.
 *
 * @param deprecated a package-wide deprecation message, or {@code null}
 * @param source the source id ({@code npm}, {@code pypi}, ...)
 * @param fetchedAt when the origin last confirmed this data
 * @param note why the data may be old (served from cache after a failure), or {@code null}
 */
public record ReleaseHistory(
        Ecosystem ecosystem,
        String name,
        List<Release> releases,
        Map<String, String> distTags,
        String deprecated,
        String source,
        Instant fetchedAt,
        String note) {
    public ReleaseHistory {
        requireNonNull(ecosystem, "ecosystem is null");
        requireNonNull(name, "name is null");
        releases = List.copyOf(releases);
        distTags = Collections.unmodifiableMap(new TreeMap<>(distTags));
        requireNonNull(source, "source is null");
        requireNonNull(fetchedAt, "fetchedAt is null");
    }

    public java.util.Optional<Release> release(String version) {
        return releases.stream().filter(r -> r.version().equals(version)).findFirst();
    }
}
