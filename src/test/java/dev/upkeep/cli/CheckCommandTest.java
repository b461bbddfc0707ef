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
    void findingsGetThePolicysClassesDueDatesAndExitCodes(@TempDir Path stack) throws Exception {
        Files.writeString(stack.resolve("upkeep.yml"), "targets:\n  health: [" + server.uri("/down") + "]\n");
        CheckCommand cmd = new CheckCommand();
        cmd.clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-21T09:00:00Z"), java.time.ZoneOffset.UTC);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new picocli.CommandLine(cmd).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(stack.toString(), "--format", "json");
        assertThat(code).as("a 503 is critical, so urgent; urgent fails by default; err=" + err).isEqualTo(1);
        JsonNode status = finding(new ObjectMapper().readTree(out.toString()), "probe/http-status");
        assertThat(status.get("class").asText()).isEqualTo("urgent");
        assertThat(status.get("due").asText()).as("24 hours after 10:00 Brussels").isEqualTo("2026-11-22");
        assertThat(status.get("cadence").asText()).isEqualTo("out-of-band");
        JsonNode report = new ObjectMapper().readTree(out.toString());
        long urgent = java.util.stream.StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(f -> f.get("class").asText().equals("urgent")).count();
        assertThat(report.at("/summary/byClass/urgent").asLong()).isEqualTo(urgent).isPositive();

        Run table = run("check", stack.toString());
        assertThat(table.out()).contains("CLASS", "DUE", "urgent").contains("(" + urgent + " urgent; ");

        Files.writeString(stack.resolve("upkeep.yml"), """
                policy:
                  operations:
                    critical: {class: planned, cadence: monthly}
                    high: {class: planned, cadence: monthly}
                targets:
                  health: [%s]
                """.formatted(server.uri("/down")));
        Run planned = run("check", stack.toString(), "--format", "json");
        assertThat(planned.code()).as("the policy made it planned: the default gate (urgent) passes; err=" + planned.err()).isZero();
        assertThat(finding(new ObjectMapper().readTree(planned.out()), "probe/http-status").get("class").asText()).isEqualTo("planned");
        assertThat(run("check", stack.toString(), "--fail-on", "planned").code()).isEqualTo(1);
        assertThat(run("check", stack.toString(), "--fail-on", "critical").code()).as("a severity gate ignores the class").isEqualTo(1);
        assertThat(run("check", stack.toString(), "--fail-on", "soon").err())
                .contains("'soon' is neither a class (urgent, planned) nor a severity");
    }

    @Test
    void anIgnoreInForceDropsALiveFinding(@TempDir Path stack) throws Exception {
        Files.writeString(stack.resolve("upkeep.yml"), """
                ignore:
                  - {id: "probe/http-*", reason: planned outage of the staging API, until: 2099-01-01}
                targets:
                  health: [%s]
                """.formatted(server.uri("/down")));
        Run r = run("check", stack.toString(), "--format", "json");
        assertThat(r.code()).as("check with the 503 ignored: " + r.err()).isZero();
        assertThat(r.out()).doesNotContain("probe/http-status").contains("\"findings\" : [ ]");
    }

    static JsonNode finding(JsonNode report, String ruleId) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asText().equals(ruleId)) {
                return f;
            }
        }
        throw new AssertionError("no " + ruleId + " finding in " + report);
    }

    @Test
    void listProbesNamesEveryFamily() {
        Run r = run("check", "--list-probes");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("http", "health", "tls", "postgres", "redis", "backup", "backups", "disk");
    }
}
