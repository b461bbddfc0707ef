package dev.upkeep.inventory.python.pyproject;

import static dev.upkeep.inventory.python.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.python.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyprojectExtractorTest {
    private final PyprojectExtractor extractor = new PyprojectExtractor();

    private Extraction extract(String file) {
        return Fixtures.extract(extractor, getClass(), file);
    }

    @Test
    void wantsPyprojectTomlOnly() {
        assertThat(extractor.wants("pyproject.toml")).isTrue();
        assertThat(extractor.wants("services/api/pyproject.toml")).isTrue();
        assertThat(extractor.wants("pyproject.toml.orig")).isFalse();
        assertThat(extractor.wants("poetry.lock")).isFalse();
    }

    @Test
    void readsPep621DependenciesExtrasAndGroupsButNeverTheProjectItself() {
        Extraction x = extract("pep621.toml");
        assertThat(x.problems()).as("extract(pep621.toml) problems").isEmpty();
        assertThat(x.components()).extracting(Component::name, Component::version, Component::constraint, Component::scope,
                        c -> c.properties().get("group"), c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("python", null, ">=3.11,<3.13", Scope.PROD, null, 8),
                        tuple("fastapi", "0.110.0", "==0.110.0", Scope.PROD, null, 10),
                        tuple("sqlalchemy", null, ">=2.0,<2.1", Scope.PROD, null, 11),
                        tuple("uvicorn", null, null, Scope.PROD, null, 12),
                        tuple("shared-models", null, null, Scope.PROD, null, 13),
                        tuple("asyncpg", "0.29.0", "==0.29.0", Scope.OPTIONAL, "postgres", 17),
                        tuple("pytest", null, ">=8", Scope.DEV, "dev", 18),
                        tuple("pytest-cov", "4.1.0", "==4.1.0", Scope.DEV, "test", 22),
                        tuple("ruff", "0.3.4", "==0.3.4", Scope.DEV, "lint", 23),
                        tuple("mypy", null, ">=1.9", Scope.DEV, "dev", 26));
        assertThat(x.components()).allSatisfy(c -> assertThat(c.relation()).isEqualTo(Relation.DIRECT));
        assertThat(named(x, "python")).isEqualTo(new Component(Ecosystem.RUNTIME, Kind.RUNTIME, "python", null, ">=3.11,<3.13",
                Relation.DIRECT, Scope.PROD, "pkg:generic/python", List.of(new Location("pep621.toml", 8)), SkipReason.UNPINNED,
                Map.of("source", "requires-python")));
        assertThat(named(x, "shared-models").skipReason()).isEqualTo(SkipReason.GIT);
        assertThat(named(x, "shared-models").properties()).containsEntry("url", "git+https://github.com/acme/shared-models.git@v3");
        assertThat(named(x, "sqlalchemy").properties())
                .containsEntry("declaredName", "SQLAlchemy").containsEntry("extras", "asyncio").containsEntry("section", "project.dependencies");
        assertThat(named(x, "uvicorn").properties()).containsEntry("marker", "sys_platform != 'win32'");
    }

    @Test
    void readsPoetrySections() {
        Extraction x = extract("poetry.toml");
        assertThat(x.problems()).isEmpty();
        assertThat(x.components()).extracting(Component::name, Component::version, Component::constraint, Component::scope,
                        Component::skipReason, c -> c.properties().get("group"), c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("python", null, "^3.10", Scope.PROD, SkipReason.UNPINNED, null, 6),
                        tuple("django", "4.2.11", "4.2.11", Scope.PROD, null, null, 7),
                        tuple("celery", null, "^5.3", Scope.PROD, SkipReason.UNPINNED, null, 8),
                        tuple("redis", null, "^5.0", Scope.OPTIONAL, SkipReason.UNPINNED, "cache", 9),
                        tuple("numpy", null, "^1.26 || <1.25", Scope.PROD, SkipReason.UNPINNED, null, 10),
                        tuple("internal-lib", null, null, Scope.PROD, SkipReason.GIT, null, 14),
                        tuple("local-utils", null, null, Scope.PROD, SkipReason.PATH, null, 15),
                        tuple("black", null, "^24.2", Scope.DEV, SkipReason.UNPINNED, "dev", 21),
                        tuple("mkdocs", "1.5.3", "1.5.3", Scope.DEV, null, "docs", 24),
                        tuple("flower", "2.0.1", "==2.0.1", Scope.OPTIONAL, null, "worker", 27));
        assertThat(named(x, "python").kind()).isEqualTo(Kind.RUNTIME);
        assertThat(named(x, "python").properties()).containsEntry("source", "tool.poetry.dependencies");
        assertThat(named(x, "internal-lib").properties()).containsEntry("ref", "v2.0.1").containsEntry("url", "https://github.com/acme/internal-lib.git");
        assertThat(named(x, "celery").properties()).containsEntry("extras", "redis");
    }

    @Test
    void anInvalidRequirementIsAProblemAtItsLine() {
        Extraction x = extract("bad-requirement.toml");
        assertThat(x.components()).extracting(Component::name).containsExactly("requests");
        assertThat(x.problems()).containsExactly(new Problem("python/pyproject", new Location("bad-requirement.toml", 5),
                "not a PEP 508 requirement: 'broken ==': expected a version after '==' at column 10, found the end"));
    }

    @Test
    void dynamicDependenciesGiveNothing() {
        assertThat(extract("dynamic.toml")).isEqualTo(Extraction.empty());
    }

    @Test
    void malformedTomlFailsWithItsLine() {
        assertThatThrownBy(() -> extract("malformed.toml"))
                .as("extract(malformed.toml)")
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.getMessage()).startsWith("not valid TOML: ");
                    assertThat(e.line()).isEqualTo(5);
                });
    }
}
