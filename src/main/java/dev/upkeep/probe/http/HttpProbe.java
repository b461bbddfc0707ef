package dev.upkeep.probe.http;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeContext;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET}s a health URL: status, latency, the status fields of a JSON body, security headers. */
final class HttpProbe implements Probe {
    static final int MAX_BODY = 1 << 20;
    /** A health endpoint that does not answer is the service being down: the runbook's first critical alert. */
    static final Severity UNREACHABLE = Severity.CRITICAL;

    private final HealthTarget target;
    private final HttpClient client;

    HttpProbe(HealthTarget target, HttpClient client) {
        this.target = requireNonNull(target, "target is null");
        this.client = requireNonNull(client, "client is null");
    }

    @Override
    public String family() {
        return HttpFamily.ID;
    }

    @Override
    public String target() {
        return display(target);
    }

    static String display(HealthTarget t) {
        return Redaction.maskUrl(t.url().toString());
    }

    @Override
    public Duration timeout() {
        return target.timeout();
    }

    @Override
    public Severity unreachableSeverity() {
        return UNREACHABLE;
    }

    @Override
    public ProbeResult run(ProbeContext context) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + context.timeout().toNanos();
        List<Long> latencies = new ArrayList<>();
        Answer last = null;
        IOException lastError = null;
        int errors = 0;
        int attempts = 0;
        for (int i = 0; i < target.samples() && System.nanoTime() < deadline; i++) {
            attempts++;
            Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
            long t0 = System.nanoTime();
            try {
                Answer a = get(left);
                latencies.add((System.nanoTime() - t0) / 1_000_000);
                if (!target.expected(a.status())) {
                    errors++;
                }
                last = a;
            } catch (IOException e) {
                errors++;
                lastError = e;
            }
        }
        if (last == null) {
            if (lastError != null) {
                throw lastError;
            }
            throw new java.net.http.HttpTimeoutException("no sample finished");
        }
        ProbeResult.Builder out = ProbeResult.builder(family(), target());
        out.measure("status", last.status(), "code");
        judgeLatency(latencies, out);
        if (target.samples() > 1) {
            judgeErrorRate(errors, attempts, out);
        }
        if (!target.expected(last.status())) {
            out.finding("probe/http-status", null, last.status() >= 500 ? Severity.CRITICAL : Severity.HIGH,
                    "GET " + target() + " answered " + last.status() + ", expected " + target.expectedText(),
                    "Look at the service's logs and at the dependencies its health body names; a 503 usually means a dependency is down.",
                    Map.of("status", Integer.toString(last.status()), "expected", target.expectedText()));
        }
        HealthBody.judge(last.body(), last.contentType(), out);
        if (target.securityHeaders()) {
            SecurityHeaders.judge(target.url(), last.headers(), out);
        }
        return out.build();
    }

    private void judgeLatency(List<Long> latencies, ProbeResult.Builder out) {
        List<Long> sorted = latencies.stream().sorted().toList();
        long judged;
        String what;
        if (sorted.size() == 1) {
            judged = sorted.get(0);
            out.measure("latency", judged, "ms");
            what = "answered in";
        } else {
            judged = percentile(sorted, 95);
            out.measure("latencyP50", percentile(sorted, 50), "ms");
            out.measure("latencyP95", judged, "ms");
            out.measure("latencyMax", sorted.get(sorted.size() - 1), "ms");
            what = "answered in (95th percentile of " + sorted.size() + ")";
        }
        long budget = target.latencyBudget().toMillis();
        if (judged > budget) {
            out.finding("probe/http-latency", null, Severity.MEDIUM,
                    "GET " + target() + " " + what + " " + judged + " ms, over the budget of " + budget + " ms",
                    "Find the slow part (database queries, a slow dependency, cold start); raise latency: in upkeep.yml only if the budget is wrong.",
                    Map.of("latencyMs", Long.toString(judged), "budgetMs", Long.toString(budget)));
        }
    }

    private void judgeErrorRate(int errors, int sent, ProbeResult.Builder out) {
        double rate = 100.0 * errors / sent;
        out.measure("errorRate", rate, "%");
        out.measure("samples", sent, "count");
        if (rate > target.maxErrorRate() * 100) {
            out.finding("probe/http-error-rate", null, rate > 5 ? Severity.CRITICAL : Severity.HIGH,
                    "GET " + target() + " failed " + errors + " of " + sent + " times (" + Math.round(rate * 10) / 10.0
                            + "%), over the limit of " + target.maxErrorRate() * 100 + "%",
                    "Look at the service's error log for the failed requests.",
                    Map.of("errorRatePct", Double.toString(Math.round(rate * 100) / 100.0),
                            "limitPct", Double.toString(target.maxErrorRate() * 100),
                            "errors", Integer.toString(errors), "samples", Integer.toString(sent)));
        }
    }

    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private Answer get(Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(target.url()).GET().timeout(timeout)
                .header("User-Agent", "upkeep-check").header("Accept", "application/json, */*;q=0.5").build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(MAX_BODY);
        }
        return new Answer(response.statusCode(), response.headers(), body,
                response.headers().firstValue("Content-Type").orElse(""));
    }

    private record Answer(int status, java.net.http.HttpHeaders headers, byte[] body, String contentType) {}
}
