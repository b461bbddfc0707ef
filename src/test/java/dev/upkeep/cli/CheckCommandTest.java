package dev.upkeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.probe.TestHttp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    record Run(int code, String out, String err) {}

    static TestHttp server;
    static final Map<String, String> SAFE = Map.of("Content-Security-Policy", "default-src 'none'", "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");

    @BeforeAll
    static void start() {
        server = TestHttp.plain()
                .route("/health", TestHttp.answer(200, "application/json", "{\"status\":\"ok\"}", 0, SAFE))
                .route("/down", TestHttp.answer(503, "application/json", "{\"status\":\"down\"}", 0, SAFE));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void healthyTargetsExitZeroAndJsonCarriesNumbers(@TempDir Path stack) throws Exception {
        Files.writeString(stack.resolve("upkeep.yml"), """
                targets:
                  health:
                    - url: %s
                      latency: 10s
                  disk:
                    - path: .
                      threshold: 100%%
                """.formatted(server.uri("/health")));
        Run r = run("check", stack.toString(), "--format", "json");
        assertThat(r.code()).as("check --format json: " + r.err() + r.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("command").asText()).isEqualTo("check");
        assertThat(json.at("/summary/targets").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/probed").asInt()).isEqualTo(2);
        JsonNode latency = json.at("/results/0/measurements/1");
        assertThat(latency.get("name").asText()).isEqualTo("latency");
        assertThat(latency.get("value").isNumber()).as("latency is a JSON number").isTrue();
        assertThat(json.at("/results/1/family").asText()).isEqualTo("disk");
        assertThat(json.at("/results/1/measurements/0/value").isNumber()).isTrue();
    }

    @Test
    void aDownServiceFailsTheRunAndTheTableSaysWhy(@TempDir Path stack) throws Exception {
        Files.writeString(stack.resolve("upkeep.yml"), "targets:\n  health: [" + server.uri("/down") + "]\n");
        Run r = run("check", stack.toString());
        assertThat(r.code()).as("check of a 503: " + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("critical", "probe/http-status", "answered 503, expected 2xx", "fix: ")
                .contains("1 target: 1 probed, 0 not;");
        assertThat(run("check", stack.toString(), "--fail-on", "none").code()).as("--fail-on none").isZero();
    }

    @Test
    void nothingReachableIsExternalAndSomeUnreachableIsPartial(@TempDir Path stack) throws Exception {
        Files.writeString(stack.resolve("db.url"), "postgres://app:Hunter2-pw@127.0.0.1:" + closedPort() + "/app\n");
        Files.writeString(stack.resolve("upkeep.yml"), """
                targets:
                  postgres: {url: "file:db.url", timeout: 5s}
                  health: [%s]
                """.formatted(server.uri("/health")));
        Run only = run("check", stack.toString(), "--only", "postgres", "--fail-on", "none");
        assertThat(only.code()).as("check --only postgres against a closed port: " + only.err()).isEqualTo(4);
        assertThat(only.out()).contains("failed", "refused").doesNotContain("Hunter2");
        Run both = run("check", stack.toString(), "--fail-on", "none", "--format", "json");
        assertThat(both.code()).as("check with one target down").isEqualTo(3);
        assertThat(both.out()).doesNotContain("Hunter2");
    }

    @Test
    void usageErrorsSayWhatIsWrong(@TempDir Path stack) throws Exception {
        assertThat(run("check", stack.toString()).err()).contains("nothing to check").contains("has no targets:");
        assertThat(run("check", stack.toString()).code()).isEqualTo(2);
        assertThat(run("check", stack.toString(), "--only", "ftp").err()).contains("unknown probe family 'ftp'");
        assertThat(run("check", stack.toString(), "--deadline", "0").code()).isEqualTo(2);
        Files.writeString(stack.resolve("upkeep.yml"), "targets:\n  postgres:\n    url: postgres://app:pw@db/app\n");
        Run secret = run("check", stack.toString());
        assertThat(secret.code()).isEqualTo(3);
        assertThat(secret.err()).contains("upkeep.yml:3: targets.postgres[0].url: holds a password; give env:VARIABLE or file:PATH");
        Files.writeString(stack.resolve("upkeep.yml"), "targets:\n  helth: [http://x]\n");
        assertThat(run("check", stack.toString()).err()).contains("targets.helth: unknown key");
    }

    @Test
    void listProbesNamesEveryFamily() {
        Run r = run("check", "--list-probes");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("http", "health", "tls", "postgres", "redis", "backup", "backups", "disk");
    }
}
