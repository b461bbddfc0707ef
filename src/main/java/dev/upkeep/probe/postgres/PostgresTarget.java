package dev.upkeep.probe.postgres;

import static java.util.Objects.requireNonNull;

import dev.upkeep.probe.SecretRef;
import java.time.Duration;

/**
 * One database of {@code targets.postgres}.
 *
 * @param name what reports call it; by default the connection reference ({@code env:DATABASE_URL})
 * @param url where the connection string comes from
 * @param timeout the whole probe's budget; also each statement's {@code statement_timeout}
 * @param thresholds when measurements become findings
 */
public record PostgresTarget(String name, SecretRef url, Duration timeout, PostgresThresholds thresholds) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public PostgresTarget {
        requireNonNull(name, "name is null");
        requireNonNull(url, "url is null");
        requireNonNull(timeout, "timeout is null");
        requireNonNull(thresholds, "thresholds is null");
    }

    public static PostgresTarget of(SecretRef url) {
        return new PostgresTarget(url.toString(), url, DEFAULT_TIMEOUT, PostgresThresholds.DEFAULTS);
    }

    public PostgresTarget withThresholds(PostgresThresholds t) {
        return new PostgresTarget(name, url, timeout, t);
    }
}
