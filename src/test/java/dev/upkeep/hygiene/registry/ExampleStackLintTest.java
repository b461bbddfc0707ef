package dev.upkeep.hygiene.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.LintEngine;
import dev.upkeep.hygiene.LintFile;
import dev.upkeep.hygiene.LintResult;
import dev.upkeep.hygiene.RuleFamily;
import dev.upkeep.hygiene.RuleInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/nest-react-prisma}: the compose, secrets and CI rules report exactly what its
 * README says a careful reviewer would raise — nothing missing, nothing a reviewer would dismiss.
 * Other families are checked against the same README by their own tests.
 */
class ExampleStackLintTest {
    private static final Path STACK = Path.of("examples/nest-react-prisma");
    private static final Clock NOV_21 = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> FAMILIES = Set.of("compose", "secrets", "ci");

    @Test
    void reportsWhatAReviewerWouldRaise() throws IOException {
        List<RuleFamily> families = RuleRegistry.all().stream().filter(f -> FAMILIES.contains(f.id())).toList();
        LintResult result = new LintEngine(families, NOV_21).run(STACK, ConfigLoader.load(STACK));
        assertThat(result.problems()).as("problems").isEmpty();
        assertThat(result.findings()).extracting(f -> f.ruleId() + " " + f.location()).containsExactly(
                "secrets/default-credential .env:6",
                "secrets/committed-env-secret .env:12",
                "secrets/client-exposed-secret .env.example:27",
                "ci/missing-quality-gate .github/workflows/ci.yml",
                "ci/no-dependency-scan .github/workflows/ci.yml",
                "ci/no-image-scan .github/workflows/ci.yml",
                "ci/pull-request-target-checkout .github/workflows/preview.yml:16",
                "ci/unpinned-action .github/workflows/release.yml:23",
                "ci/unpinned-action .github/workflows/release.yml:24",
                "ci/unpinned-action .github/workflows/release.yml:29",
                "secrets/default-credential compose.yaml:20",
                "compose/no-healthcheck compose.yaml:30",
                "compose/database-port-published compose.yaml:35",
                "compose/literal-secret compose.yaml:52",
                "compose/depends-on-unready-database compose.yaml:59",
                "compose/depends-on-unready-database compose.yaml:75",
                "compose/depends-on-unready-database compose.yaml:76",
                "compose/unpinned-image compose.yaml:93",
                "compose/docker-socket compose.yaml:103",
                "upkeep/expired-ignore upkeep.yml:10");
        assertThat(result.suppressed()).as("inline ignore in compose.override.yaml + worker ignore in upkeep.yml").isEqualTo(2);
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("ci/no-image-scan"))
                .allSatisfy(f -> assertThat(f.evidence()).containsEntry("ignoreExpired", "2026-09-30 (upkeep.yml:10)"));
        assertThat(result.findings()).extracting(f -> f.message())
                .noneMatch(m -> m.contains("b7e3c19a") || m.contains("9c41e7b2") || m.contains("changethis"));
    }

    @Test
    void postgresMajorComesFromTheComposeImage() throws IOException {
        RuleFamily probe = new RuleFamily() {
            @Override
            public String id() {
                return "probe";
            }

            @Override
            public List<RuleInfo> rules() {
                return List.of(new RuleInfo("probe/pg", Severity.INFO, "t", "f"));
            }

            @Override
            public boolean wants(String path) {
                return path.endsWith("migration.sql");
            }

            @Override
            public List<Finding> check(LintFile file, LintContext context) {
                return List.of(rules().get(0).finding(file.path(), Location.of(file.path()),
                        "postgres " + context.postgresMajor().orElse(-1)));
            }
        };
        LintResult result = new LintEngine(List.of(probe), NOV_21).run(STACK, ConfigLoader.load(STACK));
        assertThat(result.findings()).hasSize(3).allSatisfy(f -> assertThat(f.message()).isEqualTo("postgres 16"));
    }
}
