package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs probes concurrently under one global deadline. Every probe gets its own thread (probes
 * block on sockets and JDBC, so a thread each is what lets 100 slow targets finish in the time of
 * the slowest), up to {@code maxParallel}. A probe that overruns its own timeout, or is still
 * running when the deadline passes, is reported as timed out and left to die with its daemon
 * thread: the run never waits past the deadline, and nothing a probe does can end the run.
 */
public final class ProbeRunner {
    /** Time a probe gets past its timeout to return on its own before the watchdog reports it. */
    static final Duration GRACE = Duration.ofSeconds(1);
    public static final int DEFAULT_MAX_PARALLEL = 256;

    private final Clock clock;
    private final Secrets secrets;
    private final int maxParallel;

    public ProbeRunner(Clock clock, Secrets secrets, int maxParallel) {
        this.clock = requireNonNull(clock, "clock is null");
        this.secrets = requireNonNull(secrets, "secrets is null");
        if (maxParallel < 1) {
            throw new IllegalArgumentException("maxParallel must be at least 1, not " + maxParallel);
        }
        this.maxParallel = maxParallel;
    }

    public ProbeRunner(Clock clock, Secrets secrets) {
        this(clock, secrets, DEFAULT_MAX_PARALLEL);
    }

    /** Runs {@code probes}; returns one result per probe, in their order, within {@code deadline}. */
    public CheckResult run(List<Probe> probes, Duration deadline) {
        long start = System.nanoTime();
        long deadlineAt = start + deadline.toNanos();
        if (probes.isEmpty()) {
            return new CheckResult(List.of(), Duration.ZERO, deadline);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(probes.size(), maxParallel), daemons("upkeep-probe"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemons("upkeep-probe-watchdog"));
        List<CompletableFuture<ProbeResult>> futures = new ArrayList<>();
        try {
            for (Probe probe : probes) {
                CompletableFuture<ProbeResult> cf = new CompletableFuture<>();
                futures.add(cf);
                pool.execute(() -> runWatched(probe, cf, deadlineAt, watchdog));
            }
            awaitAll(futures, deadlineAt);
            // Stragglers are settled as timed out before their threads are interrupted, so an
            // interrupted probe cannot report itself as failed instead.
            for (int i = 0; i < probes.size(); i++) {
                Probe p = probes.get(i);
                futures.get(i).complete(ProbeResult.failed(p, Outcome.TIMED_OUT, Duration.ofNanos(System.nanoTime() - start),
                        "not finished when the global deadline of " + Durations.format(deadline) + " passed", p.unreachableSeverity()));
            }
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
        List<ProbeResult> results = futures.stream().map(CompletableFuture::join).toList();
        return new CheckResult(results, Duration.ofNanos(System.nanoTime() - start), deadline);
    }

    private void runWatched(Probe probe, CompletableFuture<ProbeResult> cf, long deadlineAt, ScheduledExecutorService watchdog) {
        long begin = System.nanoTime();
        Duration timeout = probe.timeout();
        Duration left = Duration.ofNanos(Math.max(1, deadlineAt - begin));
        if (left.compareTo(timeout) < 0) {
            timeout = left;
        }
        Duration allowed = timeout;
        ScheduledFuture<?> watch = watchdog.schedule(() -> cf.complete(ProbeResult.failed(probe, Outcome.TIMED_OUT,
                        Duration.ofNanos(System.nanoTime() - begin), "no answer within " + Durations.format(allowed),
                        probe.unreachableSeverity())),
                timeout.plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
        try {
            cf.complete(runOne(probe, timeout, begin));
        } finally {
            watch.cancel(false);
        }
    }

    private ProbeResult runOne(Probe probe, Duration timeout, long begin) {
        try {
            ProbeResult r = probe.run(new ProbeContext(clock, timeout, secrets));
            return redacted(probe, r).withElapsed(Duration.ofNanos(System.nanoTime() - begin));
        } catch (Exception | LinkageError | AssertionError e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
            Outcome outcome = Failures.isTimeout(e) ? Outcome.TIMED_OUT : Outcome.FAILED;
            return ProbeResult.failed(probe, outcome, elapsed, secrets.redact(Failures.describe(e, timeout)), probe.unreachableSeverity());
        }
    }

    /**
     * The result under the probe's own family and target, with findings and problems passed
     * through {@link Secrets#redact} once more: a driver may have echoed a secret.
     */
    private ProbeResult redacted(Probe probe, ProbeResult r) {
        List<dev.upkeep.domain.Finding> findings = r.findings().stream()
                .map(f -> new dev.upkeep.domain.Finding(f.ruleId(), secrets.redact(f.subject()), f.severity(),
                        secrets.redact(f.message()), f.location(), secrets.redact(f.fix()), f.evidence(), f.findingClass(),
                        f.due(), f.cadence()))
                .toList();
        return new ProbeResult(probe.family(), secrets.redact(probe.target()), r.outcome(), r.elapsed(), r.measurements(), findings,
                r.components(), r.problems().stream().map(secrets::redact).toList(), r.error());
    }

    private static void awaitAll(List<CompletableFuture<ProbeResult>> futures, long deadlineAt) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadlineAt - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // the stragglers are reported as timed out by run()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a probe future failed although every probe is caught: " + e.getCause(), e);
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
