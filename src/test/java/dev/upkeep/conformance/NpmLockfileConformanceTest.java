package dev.upkeep.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The npm lockfile formats against OSV-SCALIBR's and Trivy's fixtures. Failing cases must be
 * exactly the documented deviations in {@code lockfiles-npm-deviations.tsv}.
 */
@Tag("conformance")
class NpmLockfileConformanceTest {
    /** index.json format → our extractor id. */
    static final Map<String, String> EXTRACTORS = Map.of(
            "package-lock.json", "npm/package-lock",
            "pnpm-lock.yaml", "npm/pnpm-lock",
            "yarn.lock", "npm/yarn-lock",
            "bun.lock", "npm/bun-lock");

    @Test
    void npmLockfilesMatchThePeers() {
        List<LockfileHarness.Outcome> outcomes = new ArrayList<>();
        for (LockfileHarness.Case c : LockfileHarness.cases(List.copyOf(EXTRACTORS.keySet()))) {
            Extractor x = extractor(EXTRACTORS.get(c.format()));
            outcomes.add(LockfileHarness.run(c, x, LockfileHarness.PLAIN));
        }
        Map<String, String> documented = LockfileHarness.deviations("lockfiles-npm-deviations.tsv");
        SharedData.writeSummary("lockfiles-npm", LockfileHarness.summary("npm lockfiles", outcomes, documented));
        Map<String, String> failing = new TreeMap<>();
        outcomes.stream().filter(o -> !o.passed()).forEach(o -> failing.put(o.kase().dir(), o.describe()));
        assertThat(failing.keySet()).as("failing cases vs documented deviations").isEqualTo(documented.keySet());
    }

    static Extractor extractor(String id) {
        return ExtractorRegistry.all().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no extractor registered with id " + id));
    }
}
