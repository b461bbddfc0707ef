package dev.upkeep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryJsonTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/json/scan.schema.json")));
    }

    @Test
    void outputFollowsTheDocumentedSchema() throws Exception {
        Inventory sample = CycloneDxTest.sample();
        Inventory partial = new Inventory(sample.root(), sample.components(), sample.files(),
                List.of(new Problem("npm/package-lock", new Location("web/package-lock.json", 3), "malformed: x"),
                        new Problem("walker", Location.of("secret"), "cannot list folder: permission denied")), 4);
        JsonNode json = MAPPER.readTree(InventoryJson.render(partial, "0.1.0"));
        assertThat(schema().validate(json)).as("schema validation of render(partial sample)").isEmpty();
        assertThat(json.path("partial").asBoolean()).isTrue();
        assertThat(json.path("summary").path("byEcosystem").path("npm").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("unresolved").asInt()).isEqualTo(3);
    }

    @Test
    void theSchemaRejectsADrift() throws Exception {
        JsonNode json = MAPPER.readTree(InventoryJson.render(CycloneDxTest.sample(), "0.1.0"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("components").get(0)).put("scope", "production");
        assertThat(schema().validate(json)).as("a scope outside the enum").isNotEmpty();
    }
}
