package dev.upkeep.probe.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Outcome;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.SecretRef;
import dev.upkeep.probe.Secrets;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real redis-server (Debian's redis-server package; .ci/run installs it). */
class RedisProbeTest {
    static Process redis;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        String exe = onPath("redis-server");
        if (exe == null) {
            fail("redis-server is not on the PATH: the Redis probe tests need a real Redis (apt-get install redis-server; .ci/run does)");
        }
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        redis = new ProcessBuilder(exe, "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--requirepass", "Red1s-pw", "--maxmemory", "4mb", "--maxmemory-policy", "allkeys-lru")
                .redirectErrorStream(true).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread log = new Thread(() -> readLog(redis, ready), "redis-server log");
        log.setDaemon(true);
        log.start();
        try {
            ready.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            fail("redis-server did not start on port " + port + ": " + e.getMessage());
        }
    }

    /** Completes {@code ready} when the server says it accepts connections, then drains its log so it never blocks on a full pipe. */
    private static void readLog(Process server, CompletableFuture<Void> ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.contains("Ready to accept connections")) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IOException("it exited before it was ready"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    @AfterAll
    static void stop() {
        if (redis != null) {
            redis.destroy();
        }
    }

    static String onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    static ProbeResult probe(RedisTarget target, String url) {
        Secrets secrets = new Secrets(Map.of("REDIS_URL", url), Path.of("."));
        return new ProbeRunner(Clock.systemUTC(), secrets).run(RedisFamily.probes(List.of(target)), Duration.ofSeconds(20)).results().get(0);
    }

    static String url() {
        return "redis://:Red1s-pw@127.0.0.1:" + port + "/0";
    }

    static final RedisTarget QUEUE = RedisTarget.of(SecretRef.parse("env:REDIS_URL"));

    @Test
    void aQueueThatEvictsIsAFindingAndTheVersionAComponent() {
        ProbeResult r = probe(QUEUE, url());
        assertThat(r.outcome()).as("probe: " + r.error()).isEqualTo(Outcome.OK);
        assertThat(r.components()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("redis");
            assertThat(c.version()).matches("\\d+\\.\\d+\\.\\d+");
        });
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("probe/redis-eviction-policy");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).containsEntry("policy", "allkeys-lru");
        });
        assertThat(r.measurement("maxMemory", null).orElseThrow().value()).isEqualTo(4.0 * 1024 * 1024);
        assertThat(r.measurement("usedMemory", null).orElseThrow().value()).isPositive();
        assertThat(r.measurement("memoryUsed", null)).isPresent();
    }

    @Test
    void anEvictingCacheIsFineUntilItsMemoryRunsHigh() {
        ProbeResult fine = probe(QUEUE.withRole(RedisTarget.Role.CACHE), url());
        assertThat(fine.findings()).isEmpty();
        ProbeResult full = probe(QUEUE.withRole(RedisTarget.Role.CACHE).withMemoryPct(1), url());
        assertThat(full.findings()).extracting(Finding::ruleId).containsExactly("probe/redis-memory");
        assertThat(Double.parseDouble(full.findings().get(0).evidence().get("usedPct"))).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aWrongPasswordFailsTheTargetWithoutShowingIt() {
        ProbeResult r = probe(QUEUE, "redis://:Wr0ng-pw@127.0.0.1:" + port);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.error()).startsWith("Redis refused the credentials").doesNotContain("Wr0ng");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("probe/unreachable");
    }

    @Test
    void noPasswordWhereOneIsNeededSaysSo() {
        ProbeResult r = probe(QUEUE, "redis://127.0.0.1:" + port);
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.error()).contains("NOAUTH");
    }

    @Test
    void infoLinesAreParsed() {
        Map<String, String> m = RedisProbe.parseInfo("# Memory\r\nused_memory:1048576\r\nmaxmemory_policy:noeviction\r\n");
        assertThat(m).containsEntry("used_memory", "1048576").containsEntry("maxmemory_policy", "noeviction");
    }

    @Test
    void urlsParseWithAwkwardPasswords() {
        RedisUrl u = RedisUrl.parse("rediss://worker:p@ss:w0rd@cache.internal:6380/2");
        assertThat(u).isEqualTo(new RedisUrl(true, "worker", "p@ss:w0rd", "cache.internal", 6380));
        assertThat(u.display()).isEqualTo("rediss://cache.internal:6380");
        assertThat(RedisUrl.parse("redis://localhost").port()).isEqualTo(6379);
    }
}
