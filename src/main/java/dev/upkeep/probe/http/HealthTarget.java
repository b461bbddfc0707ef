package dev.upkeep.probe.http;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One health URL of {@code targets.health}.
 *
 * @param url the URL to {@code GET} (http or https)
 * @param expect the statuses that count as healthy; empty means any 2xx
 * @param latencyBudget the slowest acceptable answer (runbook: API responses under 500 ms)
 * @param timeout how long to wait for an answer
 * @param securityHeaders whether to check HSTS, CSP, X-Content-Type-Options, frame options and
 *     Referrer-Policy
 * @param samples how many requests to send; with more than one, the error rate and the 95th
 *     percentile latency are judged
 * @param maxErrorRate the highest acceptable share of failed samples (runbook: under 1%)
 * @param ca extra trusted CA certificates (PEM), for a private CA
 */
public record HealthTarget(URI url, List<Integer> expect, Duration latencyBudget, Duration timeout, boolean securityHeaders,
        int samples, double maxErrorRate, Optional<Path> ca) {
    public static final Duration DEFAULT_LATENCY_BUDGET = Duration.ofMillis(500);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final double DEFAULT_MAX_ERROR_RATE = 0.01;

    public HealthTarget {
        requireNonNull(url, "url is null");
        expect = List.copyOf(expect);
        requireNonNull(latencyBudget, "latencyBudget is null");
        requireNonNull(timeout, "timeout is null");
        ca = ca == null ? Optional.empty() : ca;
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, not " + samples);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + url + "' is not an http or https URL");
        }
    }

    /** A target with every field at its default. */
    public static HealthTarget of(URI url) {
        return new HealthTarget(url, List.of(), DEFAULT_LATENCY_BUDGET, DEFAULT_TIMEOUT, true, 1, DEFAULT_MAX_ERROR_RATE,
                Optional.empty());
    }

    public boolean expected(int status) {
        return expect.isEmpty() ? status >= 200 && status < 300 : expect.contains(status);
    }

    public String expectedText() {
        return expect.isEmpty() ? "2xx" : expect.stream().map(String::valueOf).reduce((a, b) -> a + " or " + b).orElse("");
    }

    public HealthTarget withTimeout(Duration t) {
        return new HealthTarget(url, expect, latencyBudget, t, securityHeaders, samples, maxErrorRate, ca);
    }

    public HealthTarget withSamples(int n) {
        return new HealthTarget(url, expect, latencyBudget, timeout, securityHeaders, n, maxErrorRate, ca);
    }

    public HealthTarget withCa(Path pem) {
        return new HealthTarget(url, expect, latencyBudget, timeout, securityHeaders, samples, maxErrorRate, Optional.of(pem));
    }

    public HealthTarget withLatencyBudget(Duration d) {
        return new HealthTarget(url, expect, d, timeout, securityHeaders, samples, maxErrorRate, ca);
    }
}
