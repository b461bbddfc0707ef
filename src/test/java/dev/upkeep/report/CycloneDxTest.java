package dev.upkeep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;

class CycloneDxTest {
    static Inventory sample() {
        return new Inventory("stack", List.of(
                Component.builder(Ecosystem.NPM, Kind.PACKAGE, "@types/node").version("20.11.5").scope(Scope.DEV)
                        .purl("pkg:npm/%40types/node@20.11.5").location("web/package-lock.json", 12).build(),
                Component.builder(Ecosystem.PYPI, Kind.PACKAGE, "fastapi").version("0.110.0").constraint(">=0.110")
                        .purl("pkg:pypi/fastapi@0.110.0").location("api/uv.lock", 40).location("api/pyproject.toml", 7).build(),
                Component.builder(Ecosystem.DOCKER, Kind.IMAGE, "library/postgres").version("16-alpine")
                        .purl("pkg:docker/library/postgres@16-alpine").property("digest", "sha256:abc").location("compose.yaml", 4).build(),
                Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, "node").constraint(">=20").skipReason(SkipReason.UNPINNED)
                        .purl("pkg:generic/node").location("web/package.json", 30).build(),
                Component.builder(Ecosystem.OS, Kind.OS, "alpine").purl("pkg:generic/alpine").skipReason(SkipReason.UNPINNED)
                        .location("compose.yaml", 4).build(),
                Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, "node").constraint(">=20").skipReason(SkipReason.UNPINNED)
                        .purl("pkg:generic/node").location("admin/package.json", 2).scope(Scope.OPTIONAL).build()),
                List.of(), List.of(), 4);
    }

    @Test
    void theBomIsValidCycloneDx16() throws Exception {
        String bom = CycloneDx.render(sample(), "0.1.0", "stack");
        var errors = new JsonParser().validate(bom.getBytes(StandardCharsets.UTF_8), Version.VERSION_16);
        assertThat(errors).as("CycloneDX 1.6 schema validation of render(sample)").isEmpty();
    }

    @Test
    void theBomCarriesEveryComponentWithUniqueRefsAndLocations() throws Exception {
        JsonNode bom = new ObjectMapper().readTree(CycloneDx.render(sample(), "0.1.0", "stack"));
        assertThat(bom.path("components")).hasSize(6);
        List<String> refs = new java.util.ArrayList<>();
        bom.path("components").forEach(c -> refs.add(c.path("bom-ref").asText()));
        assertThat(refs).doesNotHaveDuplicates();
        JsonNode fastapi = bom.path("components").get(1);
        assertThat(fastapi.path("evidence").path("occurrences")).hasSize(2);
        assertThat(fastapi.path("evidence").path("occurrences").get(0).path("line").asInt()).isEqualTo(7);
        assertThat(bom.path("components").get(0).path("scope").asText()).isEqualTo("excluded");
    }

    @Test
    void theSameInventoryGivesTheSameBytes() {
        assertThat(CycloneDx.render(sample(), "0.1.0", "stack")).isEqualTo(CycloneDx.render(sample(), "0.1.0", "stack"));
    }
}
