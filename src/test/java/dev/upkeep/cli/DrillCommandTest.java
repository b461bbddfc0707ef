package dev.upkeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.probe.TestPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upkeep drill restore} end to end: real pg_dump, pg_restore and an embedded PostgreSQL 15. */
class DrillCommandTest {
    static TestPostgres pg;
    @TempDir
    static Path stack;

    @BeforeAll
    static void seed() throws Exception {
        pg = TestPostgres.start();
        pg.createDatabase("shop");
        pg.sql("shop", "CREATE TABLE items (id int PRIMARY KEY, name text)", "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 50) g");
        Files.createDirectories(stack.resolve("backups"));
        Files.createDirectories(stack.resolve("secrets"));
        Files.writeString(stack.resolve("secrets/db.url"), pg.url("shop"));
        Files.writeString(stack.resolve("secrets/scratch.url"), pg.url("postgres"));
        ProcessBuilder dump = new ProcessBuilder("pg_dump", "--format=custom", "--file=" + stack.resolve("backups/shop.dump"),
                "--host=localhost", "--port=" + pg.port(), "--username=postgres", "shop").redirectErrorStream(true);
        Process p = dump.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("pg_dump: " + out).isZero();
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    static CheckCommandTest.Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CheckCommandTest.Run(code, out.toString(), err.toString());
    }

    static void config(String restore) throws Exception {
        Files.writeString(stack.resolve("upkeep.yml"), """
                targets:
                  backups:
                    - dir: backups
                      name: shop
                      pattern: "*.dump"
                      database: file:secrets/db.url
                %s
                """.formatted(restore));
    }

    @Test
    void aDrillRestoresChecksAndReportsItsNumbers() throws Exception {
        config("""
                      restore:
                        into: file:secrets/scratch.url
                        exactCounts: true
                        assertions: ["SELECT count(*) = 50 FROM items"]
                """);
        CheckCommandTest.Run r = run("drill", "restore", stack.toString(), "--format", "json");
        assertThat(r.code()).as("drill restore: " + r.err() + r.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("command").asText()).isEqualTo("drill restore");
        assertThat(json.at("/results/0/family").asText()).isEqualTo("drill");
        assertThat(json.at("/results/0/outcome").asText()).isEqualTo("ok");
        List<String> names = json.at("/results/0/measurements").findValuesAsText("name");
        assertThat(names).contains("restoreTime", "tables", "rows", "assertionsPassed", "scratchDropped");
        JsonNode restoreTime = json.at("/results/0/measurements").findParents("name").stream()
                .filter(n -> n.get("name").asText().equals("restoreTime")).findFirst().orElseThrow();
        assertThat(restoreTime.get("value").isNumber()).isTrue();
        assertThat(restoreTime.get("unit").asText()).isEqualTo("s");
    }

    @Test
    void aFailedAssertionIsAnUrgentFindingThatFailsTheRun() throws Exception {
        config("""
                      restore:
                        into: file:secrets/scratch.url
                        assertions: ["SELECT count(*) = 51 FROM items"]
                """);
        CheckCommandTest.Run r = run("drill", "restore", stack.toString(), "--format", "json");
        assertThat(r.code()).as("a high finding is urgent under the default policy: " + r.err()).isEqualTo(1);
        JsonNode f = CheckCommandTest.finding(new ObjectMapper().readTree(r.out()), "probe/drill-assertion");
        assertThat(f.get("class").asText()).isEqualTo("urgent");
        assertThat(f.get("cadence").asText()).isEqualTo("out-of-band");
        assertThat(java.time.LocalDate.parse(f.get("due").asText())).isAfterOrEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(run("drill", "restore", stack.toString(), "--fail-on", "critical").code()).as("a severity gate above high").isZero();
    }

    @Test
    void aScratchConnectionToTheSourceIsRefusedAsAUsageError() throws Exception {
        config("""
                      restore:
                        into: file:secrets/db.url
                """);
        CheckCommandTest.Run r = run("drill", "restore", stack.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("refused: restore.into").contains("could be the source database");
    }

    @Test
    void withoutRestoreSettingsThereIsNothingToDrill() throws Exception {
        config("");
        CheckCommandTest.Run r = run("drill", "restore", stack.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("has restore: settings");
    }
}
