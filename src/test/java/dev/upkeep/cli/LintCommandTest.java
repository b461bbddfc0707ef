package dev.upkeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static final String PRIVILEGED = """
            services:
              agent:
                image: ghcr.io/acme/agent:1.2.3
                restart: always
                privileged: true
                healthcheck: {test: ["CMD", "true"]}
            """;

    @Test
    void cleanStackExitsZero() throws IOException {
        write("compose.yaml", "services:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    restart: always\n    healthcheck: {test: [\"CMD\", \"true\"]}\n");
        assertThat(run("lint", root.toString())).as("lint clean; err=%s", err).isZero();
        assertThat(out.toString()).isEqualTo("No findings in 1 file; 0 suppressed; 0 problems.\n");
    }

    @Test
    void findingAtOrAboveThresholdExitsOne() throws IOException {
        write("compose.yaml", PRIVILEGED);
        assertThat(run("lint", root.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("compose/privileged", "compose.yaml:5");
    }

    @Test
    void failOnRaisesOrLowersTheBar() throws IOException {
        write("compose.yaml", PRIVILEGED);
        assertThat(run("lint", root.toString(), "--fail-on", "critical")).isZero();
        assertThat(run("lint", root.toString(), "--fail-on", "none")).isZero();
        write("upkeep.yml", "lint:\n  failOn: critical\n");
        assertThat(run("lint", root.toString())).as("lint.failOn from upkeep.yml").isZero();
        assertThat(run("lint", root.toString(), "--fail-on", "HIGH")).as("the flag wins over upkeep.yml").isEqualTo(1);
    }

    @Test
    void problemsWithoutFailingFindingsArePartial() throws IOException {
        write("compose.yaml", "services:\n  api: [\n");
        assertThat(run("lint", root.toString())).isEqualTo(3);
        assertThat(out.toString()).contains("Problems:", "compose.yaml:", "cannot parse");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(run("lint", root.resolve("missing").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not a folder");
        assertThat(run("lint", root.toString(), "--fail-on", "severe")).isEqualTo(2);
        assertThat(run("lint", root.toString(), "--format", "xml")).isEqualTo(2);
    }

    @Test
    void malformedUpkeepYmlIsAnInputError() throws IOException {
        write("upkeep.yml", "ignore:\n  - id: compose/privileged\n    until: 2027-01-01\n");
        assertThat(run("lint", root.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("upkeep.yml:2: ignore[0].reason: 'reason' is required");
    }

    @Test
    void jsonAndSarifWrittenAtomicallyToAFile() throws IOException {
        write("compose.yaml", PRIVILEGED);
        Path report = root.resolve("out/report.sarif");
        assertThat(run("lint", root.toString(), "--format", "sarif", "--output", report.toString())).isEqualTo(1);
        JsonNode sarif = new ObjectMapper().readTree(report.toFile());
        assertThat(sarif.path("runs").get(0).path("results").get(0).path("ruleId").asText()).isEqualTo("compose/privileged");
        assertThat(out.toString()).contains("Report written to " + report);
        try (var files = Files.list(report.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("report.sarif");
        }
        out.getBuffer().setLength(0);
        assertThat(run("lint", root.toString(), "--format", "json")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.path("findings").get(0).path("ruleId").asText()).isEqualTo("compose/privileged");
    }
}
