package dev.upkeep.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProbeRunnerTest {
    interface Body {
        ProbeResult run(ProbeContext c) throws Exception;
    }

    record Fake(String target, Duration timeout, Body body) implements Probe {
        @Override
        public String family() {
            return "fake";
        }

        @Override
        public ProbeResult run(ProbeContext context) throws Exception {
            return body.run(context);
        }
    }

    private final ProbeRunner runner = new ProbeRunner(Clock.systemUTC(), Secrets.none());
    /** What a stuck probe waits on, as one waits on a dead socket: nothing releases it before the test ends. */
    private final CountDownLatch stuckUntilTheTestEnds = new CountDownLatch(1);

    @AfterEach
    void releaseStuckProbes() {
        stuckUntilTheTestEnds.countDown();
    }

    @Test
    void probesRunConcurrently() {
        int n = 60;
        CountDownLatch allStarted = new CountDownLatch(n);
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            probes.add(new Fake("t" + i, Duration.ofSeconds(20), c -> {
                allStarted.countDown();
                if (!allStarted.await(15, TimeUnit.SECONDS)) {
                    throw new ProbeException("not every probe was running at once");
                }
                return ProbeResult.builder("fake", "t").build();
            }));
        }
        CheckResult r = runner.run(probes, Duration.ofSeconds(30));
        assertThat(r.results()).as("run(60 probes that wait for each other)").hasSize(n)
                .allSatisfy(x -> assertThat(x.outcome()).as(x.target() + ": " + x.error()).isEqualTo(Outcome.OK));
        assertThat(r.results().get(7).target()).isEqualTo("t7");
    }

    @Test
    void theGlobalDeadlineEndsTheRunAndReportsStragglersAsTimedOut() {
        Probe quick = new Fake("quick", Duration.ofSeconds(30), c -> ProbeResult.builder("fake", "quick").build());
        Probe stuck = new Fake("stuck", Duration.ofSeconds(30), c -> {
            stuckUntilTheTestEnds.await();
            return ProbeResult.builder("fake", "stuck").build();
        });
        long t0 = System.nanoTime();
        CheckResult r = runner.run(List.of(quick, stuck), Duration.ofMillis(300));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("run() with a 300 ms deadline returned after " + ms + " ms").isLessThan(10_000);
        assertThat(r.results().get(0).outcome()).isEqualTo(Outcome.OK);
        ProbeResult s = r.results().get(1);
        assertThat(s.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(s.error()).contains("global deadline of 300 ms");
        assertThat(s.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("probe/timeout");
            assertThat(f.subject()).isEqualTo("stuck");
        });
        assertThat(r.partial()).isTrue();
        assertThat(r.nothingProbed()).isFalse();
    }

    @Test
    void aProbeThatIgnoresItsTimeoutIsCutOffByTheWatchdog() {
        Probe deaf = new Fake("deaf", Duration.ofMillis(100), c -> {
            stuckUntilTheTestEnds.await();
            return null;
        });
        CheckResult r = runner.run(List.of(deaf), Duration.ofSeconds(60));
        assertThat(r.elapsed()).as("elapsed of a run whose only probe overran its 100 ms timeout").isLessThan(Duration.ofSeconds(10));
        assertThat(r.results().get(0).outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(r.results().get(0).error()).isEqualTo("no answer within 100 ms");
        assertThat(r.nothingProbed()).isTrue();
    }

    @Test
    void aThrowingProbeIsAFailedResultWithTheSecretBlankedOut() {
        Secrets secrets = new Secrets(Map.of("DB", "postgres://app:s3cret-pw@db:5432/app"), Path.of("."));
        Probe p = new Fake("env:DB", Duration.ofSeconds(5), c -> {
            String url = c.secrets().resolve(SecretRef.parse("env:DB"));
            throw new IllegalStateException("driver said: cannot log in to " + url + " with s3cret-pw");
        });
        ProbeResult r = new ProbeRunner(Clock.systemUTC(), secrets).run(List.of(p), Duration.ofSeconds(5)).results().get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.error()).doesNotContain("s3cret").isEqualTo("IllegalStateException: driver said: cannot log in to *** with ***");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("probe/unreachable");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.message()).doesNotContain("s3cret");
        });
    }

    @Test
    void aMissingSecretFailsThatTargetOnly() {
        Probe needsEnv = new Fake("env:NOPE", Duration.ofSeconds(5), c -> {
            c.secrets().resolve(SecretRef.parse("env:NOPE"));
            return ProbeResult.builder("fake", "x").build();
        });
        Probe fine = new Fake("fine", Duration.ofSeconds(5), c -> ProbeResult.builder("fake", "fine").build());
        CheckResult r = runner.run(List.of(needsEnv, fine), Duration.ofSeconds(5));
        assertThat(r.results().get(0).error()).isEqualTo("env:NOPE is not set");
        assertThat(r.results().get(1).probed()).isTrue();
        assertThat(r.probed()).isEqualTo(1);
        assertThat(r.failed()).isEqualTo(1);
    }

    @Test
    void noProbesIsAnEmptyResult() {
        CheckResult r = runner.run(List.of(), Duration.ofSeconds(1));
        assertThat(r.results()).isEmpty();
        assertThat(r.nothingProbed()).isFalse();
    }
}
