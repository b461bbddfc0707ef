package dev.upkeep.probe.http;

import static dev.upkeep.probe.TestHttp.answer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.CheckResult;
import dev.upkeep.probe.Outcome;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.Secrets;
import dev.upkeep.probe.TestHttp;
import dev.upkeep.probe.TestPki;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpProbeTest {
    static final Map<String, String> SAFE_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    static TestHttp server;

    @BeforeAll
    static void start() {
        AtomicInteger flaky = new AtomicInteger();
        server = TestHttp.plain()
                .route("/health", answer(200, "application/json",
                        "{\"status\":\"ok\",\"info\":{\"database\":{\"status\":\"up\"}},\"error\":{}}", 0, SAFE_HEADERS))
                .route("/down", answer(503, "application/json",
                        "{\"status\":\"error\",\"info\":{},\"error\":{\"database\":{\"status\":\"down\",\"message\":\"timeout\"}}}", 0, SAFE_HEADERS))
                .route("/degraded", answer(200, "application/health+json",
                        "{\"status\":\"pass\",\"checks\":{\"redis:memory\":[{\"status\":\"warn\"}]}}", 0, SAFE_HEADERS))
                .route("/slow", answer(200, "text/plain", "ok", 700, SAFE_HEADERS))
                .route("/never", answer(200, "text/plain", "too late", 60_000, SAFE_HEADERS))
                .route("/bare", answer(200, "text/plain", "ok", 0, Map.of()))
                .route("/flaky", ex -> TestHttp.respond(ex, flaky.incrementAndGet() % 2 == 0 ? 500 : 200, "text/plain", "", SAFE_HEADERS));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static CheckResult check(HealthTarget... targets) {
        return new ProbeRunner(Clock.systemUTC(), Secrets.none()).run(HttpFamily.probes(List.of(targets)), Duration.ofSeconds(30));
    }

    /** Defaults, but a latency budget a loaded CI machine always meets: only the latency test judges latency. */
    static HealthTarget target(URI url) {
        return HealthTarget.of(url).withLatencyBudget(Duration.ofSeconds(10));
    }

    static ProbeResult one(HealthTarget target) {
        return check(target).results().get(0);
    }

    static List<String> rules(ProbeResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void aHealthyEndpointGivesItsLatencyAndNoFindings() {
        ProbeResult r = one(target(server.uri("/health")));
        assertThat(r.outcome()).as("probe /health: " + r.error()).isEqualTo(Outcome.OK);
        assertThat(r.findings()).as("findings of /health").isEmpty();
        assertThat(r.measurement("status", null)).get().extracting(m -> m.value()).isEqualTo(200.0);
        assertThat(r.measurement("latency", null)).get().satisfies(m -> {
            assertThat(m.unit()).isEqualTo("ms");
            assertThat(m.value()).isBetween(0.0, 5_000.0);
        });
    }

    @Test
    void a503IsCriticalAndTheHealthBodySaysWhichDependencyIsDown() {
        ProbeResult r = one(target(server.uri("/down")));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        Finding status = r.findings().stream().filter(f -> f.ruleId().equals("probe/http-status")).findFirst().orElseThrow();
        assertThat(status.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(status.message()).contains("answered 503, expected 2xx");
        assertThat(status.evidence()).containsEntry("status", "503");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("probe/http-health-field"))
                .extracting(f -> f.evidence().get("field"), f -> f.evidence().get("value"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("/status", "error"),
                        org.assertj.core.groups.Tuple.tuple("/error/database/status", "down"));
    }

    @Test
    void aWarningInAnIetfHealthBodyIsMedium() {
        ProbeResult r = one(target(server.uri("/degraded")));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("probe/http-health-field");
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.subject()).endsWith("#/checks/redis:memory/0/status");
        });
    }

    @Test
    void aSlowEndpointIsOverItsLatencyBudget() {
        ProbeResult r = one(HealthTarget.of(server.uri("/slow")));
        assertThat(rules(r)).containsExactly("probe/http-latency");
        Finding f = r.findings().get(0);
        assertThat(Long.parseLong(f.evidence().get("latencyMs"))).isGreaterThanOrEqualTo(700);
        assertThat(f.evidence()).containsEntry("budgetMs", "500");
        assertThat(r.measurement("latency", null).orElseThrow().value()).isGreaterThanOrEqualTo(700.0);
    }

    @Test
    void anEndpointThatNeverAnswersTimesOutAsACriticalFinding() {
        long t0 = System.nanoTime();
        ProbeResult r = one(HealthTarget.of(server.uri("/never")).withTimeout(Duration.ofMillis(500)));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(r.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(r.error()).isEqualTo("no answer within 500 ms");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("probe/timeout");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        });
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProbeResult r = one(HealthTarget.of(URI.create("http://127.0.0.1:" + port + "/health")));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.error()).startsWith("connection refused");
        assertThat(rules(r)).containsExactly("probe/unreachable");
    }

    @Test
    void missingSecurityHeadersAreEachAFinding() {
        ProbeResult r = one(target(server.uri("/bare")));
        assertThat(rules(r)).containsExactlyInAnyOrder("probe/http-csp", "probe/http-nosniff", "probe/http-frame-options",
                "probe/http-referrer-policy");
        HealthTarget quiet = new HealthTarget(server.uri("/bare"), List.of(), Duration.ofSeconds(10),
                HealthTarget.DEFAULT_TIMEOUT, false, 1, 0.01, java.util.Optional.empty());
        assertThat(one(quiet).findings()).as("findings with securityHeaders: false").isEmpty();
    }

    @Test
    void samplesGiveAnErrorRateAndPercentiles() {
        ProbeResult r = one(target(server.uri("/flaky")).withSamples(10));
        assertThat(r.measurement("errorRate", null).orElseThrow().value()).isEqualTo(50.0);
        assertThat(r.measurement("latencyP95", null)).isPresent();
        Finding f = r.findings().stream().filter(x -> x.ruleId().equals("probe/http-error-rate")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.evidence()).containsEntry("errors", "5").containsEntry("samples", "10");
    }

    @Test
    void overHttpsHstsIsRequiredAndAPrivateCaCanBeTrusted(@TempDir Path dir) throws Exception {
        TestPki.Issued root = TestPki.root("Health Root", Duration.ofDays(3650));
        TestPki.Issued leaf = TestPki.leaf(root, "127.0.0.1", Duration.ofDays(90), List.of("127.0.0.1", "localhost"));
        Path ca = TestPki.writePem(dir.resolve("ca.pem"), root.cert());
        try (TestHttp tls = TestHttp.tls(TestPki.serverContext(leaf))) {
            tls.route("/short", answer(200, "text/plain", "ok", 0, Map.of("Strict-Transport-Security", "max-age=300",
                    "Content-Security-Policy", "frame-ancestors 'none'", "X-Content-Type-Options", "nosniff",
                    "Referrer-Policy", "no-referrer")));
            tls.route("/none", answer(200, "text/plain", "ok", 0, SAFE_HEADERS));
            CheckResult r = check(target(tls.uri("/short")).withCa(ca), target(tls.uri("/none")).withCa(ca),
                    target(tls.uri("/none")));
            assertThat(r.results().get(0).findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("probe/http-hsts");
                assertThat(f.severity()).isEqualTo(Severity.LOW);
                assertThat(f.evidence()).containsEntry("maxAgeSeconds", "300");
            });
            assertThat(rules(r.results().get(1))).containsExactly("probe/http-hsts");
            ProbeResult untrusted = r.results().get(2);
            assertThat(untrusted.outcome()).as("probe of a private-CA endpoint without ca:").isEqualTo(Outcome.FAILED);
            assertThat(untrusted.error()).startsWith("TLS handshake failed");
        }
    }

    @Test
    void aHundredTargetsAreInFlightAtOnce() {
        java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(100);
        try (TestHttp gate = TestHttp.plain()) {
            gate.route("/gate", ex -> {
                all.countDown();
                boolean together = false;
                try {
                    together = all.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                TestHttp.respond(ex, together ? 200 : 503, "text/plain", "", SAFE_HEADERS);
            });
            HealthTarget[] targets = new HealthTarget[100];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(gate.uri("/gate?n=" + i)).withTimeout(Duration.ofSeconds(30));
            }
            CheckResult r = check(targets);
            // Each request is answered only once all 100 have arrived: one probe waiting for another would time out.
            assertThat(r.results()).hasSize(100).allSatisfy(x -> assertThat(x.findings()).as(x.target()).isEmpty());
        }
    }
}
