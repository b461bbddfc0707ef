package dev.upkeep.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.FileInput;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Python dependency formats against OSV-SCALIBR's, Trivy's and osv-scanner v1's fixtures, each
 * seen through the peer's conventions ({@link PythonPeerViews}). Failing cases must be exactly the
 * documented deviations in {@code lockfiles-python-deviations.tsv}.
 */
@Tag("conformance")
class PythonLockfileConformanceTest {
    /** index.json format → our extractor id. */
    static final Map<String, String> EXTRACTORS = Map.of(
            "requirements.txt", "python/requirements",
            "poetry.lock", "python/poetry-lock",
            "uv.lock", "python/uv-lock",
            "Pipfile.lock", "python/pipfile-lock",
            "pyproject.toml", "python/pyproject",
            "pdm.lock", "python/pdm-lock",
            "pylock.toml", "python/pylock");

    @Test
    void pythonLockfilesMatchThePeers() {
        List<LockfileHarness.Outcome> outcomes = new ArrayList<>();
        for (LockfileHarness.Case c : LockfileHarness.cases(List.copyOf(EXTRACTORS.keySet()))) {
            LockfileHarness.Case kase = c.raw().has("pyprojectStructure") ? PythonPeerViews.withStructure(c) : c;
            outcomes.add(LockfileHarness.run(kase, extractor(EXTRACTORS.get(c.format())), PythonPeerViews.of(kase)));
        }
        assertThat(outcomes).as("Python lockfile cases in ../shared/conformance").hasSizeGreaterThanOrEqualTo(74);
        Map<String, String> documented = LockfileHarness.deviations("lockfiles-python-deviations.tsv");
        SharedData.writeSummary("lockfiles-python", LockfileHarness.summary("Python dependency files", outcomes, documented));
        Map<String, String> failing = new TreeMap<>();
        outcomes.stream().filter(o -> !o.passed()).forEach(o -> failing.put(o.kase().dir(), o.describe()));
        assertThat(failing.keySet()).as("failing cases vs documented deviations").isEqualTo(documented.keySet());
    }

    /**
     * Where a peer records the line of a package (scalibr's {@code location.line}, Trivy's
     * {@code locations[0].startLine}), ours must be among the component's locations. Packages we do
     * not report are left to the case comparison.
     */
    @Test
    void packagesAreLocatedOnThePeersLines() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (LockfileHarness.Case c : LockfileHarness.cases(List.copyOf(EXTRACTORS.keySet()))) {
            if (c.expectError() != null) {
                continue;
            }
            Extraction x = extractor(EXTRACTORS.get(c.format())).extract(
                    new FileInput(c.input().getParent().toRealPath(), c.input().getFileName().toString(), 64L << 20));
            for (JsonNode p : c.raw().path("packages")) {
                int line = p.path("location").path("line").asInt(p.path("locations").path(0).path("startLine").asInt(0));
                if (line == 0) {
                    continue;
                }
                String name = p.get("name").asText();
                List<Component> named = x.components().stream()
                        .filter(cmp -> cmp.properties().getOrDefault("declaredName", cmp.name()).equals(name)).toList();
                if (named.isEmpty()) {
                    continue; // a package we do not report is a difference the case comparison already counts
                }
                checked++;
                if (named.stream().noneMatch(cmp -> cmp.locations().stream().anyMatch(l -> l.line() == line))) {
                    wrong.add(c.dir() + ": " + name + " expected at line " + line);
                }
            }
        }
        assertThat(checked).as("packages with a peer line").isGreaterThan(100);
        assertThat(wrong).as("packages located elsewhere than the peer says").isEmpty();
    }

    static Extractor extractor(String id) {
        return ExtractorRegistry.all().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no extractor registered with id " + id));
    }
}
