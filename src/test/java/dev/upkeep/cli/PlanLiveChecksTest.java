package dev.upkeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.probe.TestHttp;
import dev.upkeep.probe.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upkeep plan} on a stack with {@code targets:}: the live probes run, their findings are
 * classified with the rest, and the PostgreSQL server they find gets drift and end of life like
 * any component of the repository.
 */
class PlanLiveChecksTest {
    static TestHttp http;
    static TestPostgres pg;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        http = TestHttp.plain().route("/down", TestHttp.answer(503, "text/plain", "down", 0, Map.of()));
        pg = TestPostgres.start();
    }

    @AfterAll
    static void stop() {
        http.close();
        pg.close();
    }

    /** A stack with one manifest, a health URL that answers 503 and the embedded PostgreSQL; endoflife data for PostgreSQL 15 imported. */
    private Path stack() throws Exception {
        Path stack = Files.createDirectories(tmp.resolve("stack"));
        Files.writeString(stack.resolve("package.json"), "{\"name\": \"app\", \"version\": \"1.0.0\", \"dependencies\": {}}\n");
        Files.writeString(stack.resolve("db.url"), pg.url("postgres") + "\n");
        Files.writeString(stack.resolve("upkeep.yml"), """
                targets:
                  health: [%s]
                  postgres: [file:db.url]
                """.formatted(http.uri("/down")));
        Path products = Files.createDirectories(tmp.resolve("eol/products"));
        Files.writeString(products.resolve("postgresql.json"), """
                {"schema_version": "1.2.0", "result": {"name": "postgresql", "aliases": ["postgres"], "label": "PostgreSQL",
                 "category": "db", "identifiers": [{"id": "pkg:generic/postgresql", "type": "purl"},
                 {"id": "pkg:docker/library/postgres", "type": "purl"}],
                 "releases": [{"name": "15", "codename": null, "label": "15", "releaseDate": "2022-10-13", "isLts": false,
                   "ltsFrom": null, "isEol": false, "eolFrom": "2027-11-11", "isMaintained": true,
                   "latest": {"name": "15.99", "date": "2027-08-14", "link": null}}]}}
                """);
        CliTest.Run imported = CliTest.run("db", "import", "--cache-dir", tmp.resolve("cache").toString(), tmp.resolve("eol").toString());
        assertThat(imported.code()).as("db import: " + imported.err() + imported.out()).isZero();
        return stack;
    }

    private JsonNode plan(Path stack, String... more) throws Exception {
        Path json = tmp.resolve("plan-" + more.length + ".json");
        List<String> args = new ArrayList<>(List.of("plan", stack.toString(), "--offline", "--cache-dir", tmp.resolve("cache").toString(),
                "--today", "2027-12-01", "--format", "json", "-o", json.toString()));
        args.addAll(List.of(more));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertThat(r.code()).as("plan: " + r.err()).isZero();
        return new ObjectMapper().readTree(json.toFile());
    }

    static List<JsonNode> findings(JsonNode plan, String ruleId) {
        List<JsonNode> out = new ArrayList<>();
        plan.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals(ruleId)) {
                out.add(f);
            }
        });
        return out;
    }

    @Test
    void liveFindingsAndServersJoinThePlan() throws Exception {
        JsonNode plan = plan(stack());
        List<JsonNode> down = findings(plan, "probe/http-status");
        assertThat(down).as("the 503 of the health URL").hasSize(1);
        assertThat(down.get(0).get("class").asText()).isEqualTo("urgent");
        assertThat(down.get(0).get("due").asText()).as("24 hours after the plan's day").isEqualTo("2027-12-02");
        List<JsonNode> eol = findings(plan, "drift/end-of-life");
        assertThat(eol).as("the live PostgreSQL 15 is past its end of life on 2027-12-01: " + plan.get("findings"))
                .anySatisfy(f -> assertThat(f.get("subject").asText()).containsIgnoringCase("postgres"));
    }

    @Test
    void noCheckLeavesTheTargetsAlone() throws Exception {
        JsonNode plan = plan(stack(), "--no-check");
        assertThat(findings(plan, "probe/http-status")).isEmpty();
        assertThat(findings(plan, "drift/end-of-life")).isEmpty();
    }
}
