package dev.upkeep.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepoFactsReaderTest {
    static final Path ROOT = Path.of("src/test/resources/dev/upkeep/plan/repo-facts");

    static Component at(Ecosystem e, Kind k, String name, String file) {
        return Component.builder(e, k, name).version("1").purl("pkg:x/" + name).location(file, 1).build();
    }

    @Test
    void readsCiCommandsScriptsToolsAndComposeServices() {
        Inventory inv = new Inventory(ROOT.toString(), List.of(
                at(Ecosystem.NPM, Kind.PACKAGE, "next", "web/package.json"),
                at(Ecosystem.PYPI, Kind.PACKAGE, "fastapi", "api/requirements.txt"),
                at(Ecosystem.PYPI, Kind.PACKAGE, "ruff", "api/requirements.txt"),
                at(Ecosystem.DOCKER, Kind.IMAGE, "library/postgres", "compose.yaml"),
                at(Ecosystem.DOCKER, Kind.IMAGE, "library/adminer", "compose.override.yaml")), List.of(), List.of(), 4);
        RepoFacts facts = RepoFactsReader.read(ROOT, inv);
        assertThat(facts.commands()).extracting(c -> c.dir() + ": " + c.run() + " (" + c.source() + ")").containsExactly(
                "web: npm ci (.github/workflows/ci.yml)",
                "web: npm run lint (.github/workflows/ci.yml)",
                "web: npm run build (.github/workflows/ci.yml)",
                "api: pip install -r requirements.txt (.github/workflows/ci.yml)",
                "api: pytest -q (.github/workflows/ci.yml)",
                "web: npm run typecheck (web/package.json)",
                "web: npm test (web/package.json)");
        assertThat(facts.services()).as("services of compose.yaml, not of the override").extracting(RepoFacts.Service::name)
                .containsExactly("db", "api", "worker");
        assertThat(facts.services().get(0).healthcheck()).isEqualTo("pg_isready -U app");
        assertThat(facts.services().get(1)).isEqualTo(new RepoFacts.Service("api", "compose.yaml", "ghcr.io/acme/api:2.0.1",
                "curl -fsS http://localhost:8000/health", true));
        assertThat(facts.services().get(2).healthcheck()).as("NONE disables the check").isNull();
    }

    @Test
    void withoutCiAPythonFolderGetsTheChecksOfItsTools() {
        Inventory inv = new Inventory("x", List.of(at(Ecosystem.PYPI, Kind.PACKAGE, "ruff", "svc/requirements-dev.txt"),
                at(Ecosystem.PYPI, Kind.PACKAGE, "pytest", "svc/requirements-dev.txt")), List.of(), List.of(), 1);
        assertThat(RepoFactsReader.read(Path.of("does-not-exist"), inv).commands()).extracting(RepoFacts.Command::run)
                .containsExactly("ruff check .", "pytest");
    }
}
