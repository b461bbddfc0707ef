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

/**
 * {@code upkeep plan} on the example stack from a fresh clone: offline, with an empty knowledge
 * cache, it still plans from what it reads (hygiene findings) and says what it does not know.
 */
class PlanCommandTest {
    @TempDir
    Path tmp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String[] plan(String stack, String... more) {
        String[] base = {"plan", stack, "--offline", "--cache-dir", tmp.resolve("cache").toString(), "--today", "2026-11-21"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void withoutKnowledgeItStillPlansAndSaysWhatIsUnknown() throws IOException {
        Path md = tmp.resolve("plan.md");
        assertThat(run(plan("examples/fullstack", "-o", md.toString()))).as("plan; err=%s", err).isZero();
        assertThat(out.toString()).startsWith("Maintenance plan for examples/fullstack, 2026-11-21 (Europe/Brussels)\nFindings: 0 urgent, ")
                .endsWith("Plan written to " + md + ".\n");
        String text = Files.readString(md);
        assertThat(text).startsWith("# Maintenance plan: examples/fullstack, 2026-11-21\n");
        assertThat(text).contains("## What upkeep did not know", "advisories: no OSV data imported",
                "`migration/require-concurrent-index`", "## Maintenance log");
    }

    @Test
    void theSameInputsAndDayGiveTheSameBytes() throws IOException {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertThat(run(plan("examples/fullstack", "--format", "json", "-o", a.toString()))).isZero();
        assertThat(run(plan("examples/fullstack", "--format", "json", "-o", b.toString()))).isZero();
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
        JsonNode root = new ObjectMapper().readTree(a.toFile());
        assertThat(root.path("today").asText()).isEqualTo("2026-11-21");
        assertThat(root.path("findings").size()).isPositive();
    }

    @Test
    void failOnSetsTheExitCodeForCi() {
        Path sarif = tmp.resolve("plan.sarif");
        assertThat(run(plan("examples/fullstack", "--fail-on", "planned", "--format", "sarif", "-o", sarif.toString()))).isEqualTo(1);
        assertThat(run(plan("examples/fullstack", "--fail-on", "urgent", "-o", tmp.resolve("x.md").toString()))).isZero();
        assertThat(run(plan("examples/fullstack", "--fail-on", "sometimes"))).isEqualTo(2);
        assertThat(err.toString()).contains("--fail-on");
    }

    @Test
    void dashWritesThePlanToStandardOutput() {
        assertThat(run(plan("examples/fullstack", "--format", "html", "-o", "-"))).isZero();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").doesNotContain("Plan written to");
    }

    @Test
    void aMalformedPolicyIsAnInputErrorNamingFieldAndLine() throws IOException {
        Path stack = tmp.resolve("stack");
        Files.createDirectories(stack);
        Files.writeString(stack.resolve("upkeep.yml"), "policy:\n  advisories:\n    critical: {within: soon}\n");
        assertThat(run(plan(stack.toString()))).isEqualTo(3);
        assertThat(err.toString()).startsWith("upkeep: " + stack.resolve("upkeep.yml") + ":3: policy.advisories.critical.within: 'soon'"
                + " is not a duration");
        assertThat(run("plan", tmp.resolve("missing").toString())).isEqualTo(2);
    }
}
