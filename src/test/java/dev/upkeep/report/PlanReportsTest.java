package dev.upkeep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.upkeep.hygiene.EngineRules;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.domain.Severity;
import dev.upkeep.plan.Plan;
import dev.upkeep.plan.PlanSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan's reports: Markdown and SARIF against golden files (regenerate after an intended change
 * with {@code -Dupkeep.regenerate=true} and review the diff), SARIF against the official SARIF
 * 2.1.0 schema, JSON and HTML by their contract.
 */
class PlanReportsTest {
    private static final Path DIR = Path.of("src/test/resources/dev/upkeep/report");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<RuleInfo> LINT_RULES = List.of(
            new RuleInfo("compose/no-healthcheck", Severity.HIGH, "A service has no health check", "Add a healthcheck."),
            EngineRules.EXPIRED_IGNORE);
    private static Plan plan;
    private static JsonSchema sarifSchema;

    @BeforeAll
    static void load() throws IOException {
        plan = PlanSamples.sample();
        try (InputStream in = PlanReportsTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("upkeep.regenerate")) {
            Files.writeString(file, actual);
        }
        assertThat(actual).as("render(PlanSamples.sample()) vs %s", file).isEqualTo(Files.readString(file));
    }

    @Test
    void markdownMatchesTheGoldenFileAndIsTheSameEveryTime() throws IOException {
        String md = PlanMarkdown.render(plan, "0.1.0", "upkeep.yml");
        golden("plan-sample.md", md);
        assertThat(PlanMarkdown.render(PlanSamples.sample(), "0.1.0", "upkeep.yml")).as("a second plan of the same inputs").isEqualTo(md);
    }

    @Test
    void sarifMatchesTheGoldenFileAndTheOfficialSchema() throws IOException {
        String sarif = PlanSarif.render(plan, LINT_RULES, "0.1.0", PlanSarif.DEFAULT_DOCS_BASE);
        golden("plan-sample.sarif", sarif);
        JsonNode log = JSON.readTree(sarif);
        assertThat(sarifSchema.validate(log)).as("SARIF schema errors").isEmpty();
        JsonNode run = log.path("runs").get(0);
        assertThat(run.path("results")).hasSize(plan.findings().size());
        JsonNode first = run.path("results").get(0);
        assertThat(first.path("properties").path("class").asText()).isEqualTo("urgent");
        assertThat(first.path("properties").path("cadence").asText()).isEqualTo("out-of-band");
        assertThat(run.path("tool").path("driver").path("rules").findValuesAsText("id"))
                .contains("drift/advisory", "drift/end-of-life", "compose/no-healthcheck", "upkeep/expired-ignore");
        assertThat(run.path("invocations").get(0).path("toolExecutionNotifications")).hasSize(2);
    }

    @Test
    void jsonCarriesEveryWaveStepAndUpgrade() throws IOException {
        JsonNode root = JSON.readTree(PlanJson.render(plan, "0.1.0"));
        assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.path("today").asText()).isEqualTo("2026-11-21");
        assertThat(root.path("at").asText()).isEqualTo("2026-11-21T00:00:00+01:00");
        assertThat(root.path("counts").path("urgent").asInt()).isEqualTo(plan.counts().get(dev.upkeep.domain.FindingClass.URGENT));
        JsonNode waves = root.path("waves");
        assertThat(waves).hasSize(plan.waves().size());
        JsonNode security = waves.get(0);
        assertThat(security.path("kind").asText()).isEqualTo("security");
        assertThat(security.path("outOfBand").asBoolean()).isTrue();
        assertThat(security.path("slot").isNull()).isTrue();
        JsonNode up = security.path("steps").get(0).path("upgrades").get(0);
        assertThat(up.path("key").asText()).isEqualTo("pypi:fastapi");
        assertThat(up.path("changes").get(0).path("file").asText()).isEqualTo("api/requirements.txt");
        assertThat(root.path("blocked").get(0).path("constraint").asText()).contains("needs nodejs >=30.0.0 (engines)");
        assertThat(root.path("windows")).hasSize(2);
        assertThat(root.path("freezes").get(0).path("days").asText()).isEqualTo("12-01..12-31");
    }

    @Test
    void htmlEscapesWhatItShows() {
        String html = PlanHtml.render(plan, "0.1.0");
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).contains("service worker has no healthcheck &lt;script&gt;").doesNotContain("<script>");
        assertThat(html).contains("<h2>Wave 1: Security patches (out of band)</h2>");
        assertThat(html).contains("<code>npm ci</code>");
    }

    @Test
    void terminalSummaryHasCountsUrgentItemsAndWaves() {
        String s = PlanSummary.render(plan, Style.PLAIN);
        assertThat(s).startsWith("Maintenance plan for stack, 2026-11-21 (Europe/Brussels)\nFindings: ");
        assertThat(s).contains("drift/advisory GHSA-fast", "security", "out of band", "high quarterly 2027-Q2",
                "1 upgrade is blocked by a constraint (see the plan)");
        assertThat(s).doesNotContain("\u001b[");
    }
}
