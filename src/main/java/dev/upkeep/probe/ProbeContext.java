package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a probe gets from the runner.
 *
 * @param clock the time source ({@code now} for ages and days left)
 * @param timeout how long this probe may take, already capped by the global deadline
 * @param secrets resolves {@code env:} and {@code file:} references when the probe runs, so a
 *     missing secret fails that target only
 */
public record ProbeContext(Clock clock, Duration timeout, Secrets secrets) {
    public ProbeContext {
        requireNonNull(clock, "clock is null");
        requireNonNull(timeout, "timeout is null");
        requireNonNull(secrets, "secrets is null");
    }

    public Instant now() {
        return clock.instant();
    }

    /** The timeout in whole milliseconds, at least 1, for APIs that take an int. */
    public int timeoutMillis() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }
}
