package dev.upkeep.knowledge;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How long a cached answer is used without asking its origin. Each source has its own default
 * (npm packuments an hour, endoflife.date a day); this overrides it for every source ({@code all})
 * or for some ({@code bySource}, keyed by source id), the latter winning. After that time the
 * cached copy is revalidated ({@code If-None-Match}/{@code If-Modified-Since}), so a {@code 304}
 * costs a request but not a download. {@link #REFRESH} revalidates everything.
 *
 * @param all for every source, or {@code null} for each source's own default
 * @param bySource per source id ({@code npm}, {@code pypi}, {@code docker}, {@code maven},
 *     {@code endoflife})
 */
public record Freshness(Duration all, Map<String, Duration> bySource) {
    /** Each source's own default. */
    public static final Freshness DEFAULTS = new Freshness(null, Map.of());
    /** Ask the origin about every cached answer. */
    public static final Freshness REFRESH = new Freshness(Duration.ZERO, Map.of());

    public Freshness {
        bySource = Map.copyOf(bySource);
        if (all != null && all.isNegative() || bySource.values().stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("a freshness cannot be negative");
        }
    }

    /** Whether every cached answer is to be revalidated ({@link #REFRESH}, or {@code 0} for every source). */
    public boolean refreshesAll() {
        return Duration.ZERO.equals(all) && bySource.values().stream().allMatch(Duration::isZero);
    }

    /** How long {@code source}'s answers stay fresh, {@code sourceDefault} unless configured. */
    public Duration of(String source, Duration sourceDefault) {
        return Optional.ofNullable(bySource.get(source)).or(() -> Optional.ofNullable(all)).orElse(sourceDefault);
    }
}
