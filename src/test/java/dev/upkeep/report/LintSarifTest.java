package dev.upkeep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the SARIF output against the official SARIF 2.1.0 schema (OASIS errata 01,
 * {@code sarif-schema-2.1.0.json} from oasis-tcs/sarif-spec, stored beside this test), with
 * format assertions on so {@code uri} and {@code uri-reference} fields are checked too.
 */
class LintSarifTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = LintSarifTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    private static JsonNode valid(String sarif) throws IOException {
        JsonNode log = JSON.readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(log);
        assertThat(errors).as("SARIF schema errors").isEmpty();
        return log;
    }

    @Test
    void sampleIsValidSarifWithRulesResultsAndNotifications() throws IOException {
        JsonNode log = valid(LintSarif.render(LintReports.sample(), "0.1.0", LintSarif.DEFAULT_DOCS_BASE));
        JsonNode run = log.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules).hasSize(3);
        assertThat(rules.get(2).path("id").asText()).isEqualTo("compose/docker-socket");
        assertThat(rules.get(2).path("helpUri").asText()).isEqualTo(LintSarif.DEFAULT_DOCS_BASE + "compose/docker-socket.md");
        assertThat(rules.get(2).path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(rules.get(2).path("shortDescription").path("text").asText()).isEqualTo("The Docker socket is mounted");

        JsonNode results = run.path("results");
        assertThat(results).hasSize(3);
        JsonNode socket = results.get(2);
        assertThat(socket.path("ruleId").asText()).isEqualTo("compose/docker-socket");
        assertThat(socket.path("ruleIndex").asInt()).isEqualTo(2);
        assertThat(socket.path("level").asText()).isEqualTo("error");
        JsonNode physical = socket.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("deploy/my%20stack/compose.yaml");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(12);
        assertThat(socket.path("partialFingerprints").path("upkeepFindingId/v1").asText())
                .isEqualTo("compose/docker-socket:proxy@deploy/my stack/compose.yaml");
        JsonNode wholeFile = results.get(0).path("locations").get(0).path("physicalLocation");
        assertThat(wholeFile.has("region")).as("a whole-file finding has no region").isFalse();
        assertThat(results.get(1).path("level").asText()).isEqualTo("warning");

        JsonNode notes = run.path("invocations").get(0).path("toolExecutionNotifications");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).path("message").path("text").asText()).isEqualTo("cannot parse: duplicate key 'image' (compose)");
    }

    @Test
    void cleanRunIsValidSarif() throws IOException {
        JsonNode log = valid(LintSarif.render(LintReports.clean(), "0.0.0-dev", LintSarif.DEFAULT_DOCS_BASE));
        assertThat(log.path("runs").get(0).path("results")).isEmpty();
    }

    @Test
    void schemaCatchesABrokenLog() throws IOException {
        JsonNode broken = JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}, \"results\": [{\"level\": \"fatal\"}]}]}");
        assertThat(schema.validate(broken)).as("the validator really checks").isNotEmpty();
    }

    @Test
    void pathsThatLookLikeSchemesStayRelative() {
        assertThat(LintSarif.uri("c:weird/compose.yaml")).isEqualTo("./c:weird/compose.yaml");
        assertThat(LintSarif.uri("ops/compose.yaml")).isEqualTo("ops/compose.yaml");
    }
}
