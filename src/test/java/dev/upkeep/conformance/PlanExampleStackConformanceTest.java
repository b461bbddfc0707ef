package dev.upkeep.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on examples/fullstack, stale on purpose, with ../shared/data imported (OSV zips and
 * the endoflife.date snapshot) and nothing else: offline, as of 2026-11-21. Every critical and
 * high advisory and every release cycle past its end of life must be urgent, due its SLA after
 * the run (critical direct 24 h, critical transitive and high 48 h, end of life 72 h, from
 * 00:00 Europe/Brussels). Summary: target/conformance/plan-example.md; results in
 * docs/conformance/plan-example.md.
 */
@Tag("conformance")
class PlanExampleStackConformanceTest {
    @TempDir
    Path tmp;

    @Test
    void everyCriticalAndHighAdvisoryAndEveryEndOfLifeIsUrgentWithItsDueDate() throws IOException {
        Path data = SharedData.shared().resolve("data");
        Path cache = tmp.resolve("cache");
        List<String> importArgs = new ArrayList<>(List.of("db", "import", "--cache-dir", cache.toString()));
        try (Stream<Path> zips = Files.list(data.resolve("osv"))) {
            zips.filter(p -> p.toString().endsWith(".zip")).sorted().forEach(p -> importArgs.add(p.toString()));
        }
        importArgs.add(data.resolve("endoflife").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int imported = Main.run(importArgs.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(imported).as("db import: %s", err).isIn(0, 3);
        Path json = tmp.resolve("plan.json");
        int code = Main.run(new String[] {"plan", "examples/fullstack", "--offline", "--cache-dir", cache.toString(), "--today", "2026-11-21",
                "--format", "json", "-o", json.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("plan: %s", err).isZero();
        JsonNode plan = new ObjectMapper().readTree(json.toFile());

        Map<String, String> expected = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int advisories = 0;
        int endOfLife = 0;
        for (JsonNode f : plan.path("findings")) {
            String rule = f.path("ruleId").asText();
            String severity = f.path("severity").asText();
            String due = null;
            if (rule.equals("drift/advisory") && (severity.equals("critical") || severity.equals("high"))) {
                advisories++;
                boolean transitive = f.path("evidence").path("relation").asText().equals("transitive");
                due = severity.equals("critical") && !transitive ? "2026-11-22" : "2026-11-23";
            } else if (rule.equals("drift/end-of-life")) {
                endOfLife++;
                due = "2026-11-24";
            }
            if (due == null) {
                continue;
            }
            String line = f.path("id").asText() + ": " + f.path("class").asText() + ", due " + f.path("due").asText();
            expected.put(f.path("id").asText(), line);
            if (!f.path("class").asText().equals("urgent") || !f.path("due").asText().equals(due)) {
                wrong.add(line + " (expected urgent, due " + due + ")");
            }
        }
        StringBuilder md = new StringBuilder("# upkeep plan on examples/fullstack with ../shared/data (2026-11-21)\n\n")
                .append("| checked | count |\n|---|---:|\n")
                .append("| critical and high advisories | ").append(advisories).append(" |\n")
                .append("| release cycles past their end of life | ").append(endOfLife).append(" |\n")
                .append("| wrong class or due date | ").append(wrong.size()).append(" |\n")
                .append("| waves | ").append(plan.path("waves").size()).append(" |\n\n");
        expected.values().forEach(l -> md.append("- ").append(l).append('\n'));
        wrong.forEach(l -> md.append("- WRONG ").append(l).append('\n'));
        SharedData.writeSummary("plan-example", md.toString());

        assertThat(wrong).as("findings with the wrong class or due date").isEmpty();
        assertThat(expected.keySet()).contains(
                "drift/advisory:PYSEC-2024-38@backend/pyproject.toml",
                "drift/end-of-life:nodejs 18@frontend/.nvmrc",
                "drift/end-of-life:postgresql 13@compose.yaml",
                "drift/end-of-life:python 3.9@backend/Dockerfile",
                "drift/end-of-life:nextjs 14@frontend/package.json");
        assertThat(advisories).isGreaterThanOrEqualTo(4);
        JsonNode first = plan.path("waves").get(0);
        assertThat(first.path("kind").asText()).isEqualTo("security");
        assertThat(plan.path("waves").get(1).path("kind").asText()).isEqualTo("urgent");
        assertThat(plan.path("waves").get(1).path("migrations").asBoolean()).as("PostgreSQL 13 → 18 migrates data").isTrue();
    }
}
