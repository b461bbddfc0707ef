package dev.upkeep.inventory.python.uvlock;

import static dev.upkeep.inventory.python.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.python.Fixtures;
import org.junit.jupiter.api.Test;

class UvLockExtractorTest {
    private final UvLockExtractor extractor = new UvLockExtractor();

    private Extraction extract(String file) {
        return Fixtures.extract(extractor, getClass(), file);
    }

    @Test
    void wantsUvLock() {
        assertThat(extractor.wants("uv.lock")).isTrue();
        assertThat(extractor.wants("api/uv.lock")).isTrue();
        assertThat(extractor.wants("uv.lock.json")).isFalse();
    }

    @Test
    void walksTheGraphFromTheProject() {
        Extraction x = extract("project-with-groups.lock");
        assertThat(x.components()).extracting(Component::name, Component::version, Component::relation, Component::scope,
                        Component::constraint, c -> c.properties().get("group"), c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("anyio", "4.3.0", Relation.TRANSITIVE, Scope.PROD, null, null, 5),
                        tuple("asyncpg", "0.29.0", Relation.DIRECT, Scope.OPTIONAL, "==0.29.0", "postgres", 13),
                        tuple("fastapi", "0.110.0", Relation.DIRECT, Scope.PROD, ">=0.110", null, 18),
                        tuple("httpx", "0.27.0", Relation.DIRECT, Scope.DEV, null, "dev", 26),
                        tuple("h2", "4.1.0", Relation.TRANSITIVE, Scope.DEV, null, "dev", 40),
                        tuple("idna", "3.6", Relation.TRANSITIVE, Scope.PROD, null, null, 45),
                        tuple("pytest", "8.1.1", Relation.DIRECT, Scope.DEV, ">=8", "dev", 50),
                        tuple("starlette", "0.36.3", Relation.TRANSITIVE, Scope.PROD, null, null, 88),
                        tuple("toolkit", "2.0.0", Relation.DIRECT, Scope.PROD, null, null, 96));
        Component toolkit = named(x, "toolkit");
        assertThat(toolkit.skipReason()).as("a git source keeps its locked version and says where it comes from").isEqualTo(SkipReason.GIT);
        assertThat(toolkit.properties()).containsEntry("commit", "4f1c2e0d9a").containsEntry("url", "https://github.com/acme/toolkit.git");
        assertThat(toolkit.purl()).isEqualTo("pkg:pypi/toolkit@2.0.0");
    }

    @Test
    void withoutAProjectTheRelationIsUnknown() {
        assertThat(extract("without-project.lock").components()).extracting(Component::name, Component::relation, Component::scope)
                .containsExactly(tuple("six", Relation.UNKNOWN, Scope.PROD));
    }

    @Test
    void workspaceMembersAreMarked() {
        Extraction x = extract("workspace.lock");
        assertThat(x.components()).extracting(Component::name, Component::relation, Component::skipReason)
                .containsExactly(tuple("worker", Relation.DIRECT, SkipReason.WORKSPACE), tuple("celery", Relation.TRANSITIVE, null));
    }

    @Test
    void malformedLocksFailWithALine() {
        assertThatThrownBy(() -> extract("malformed.lock")).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.line()).as("extract(malformed.lock) line").isPositive());
        assertThatThrownBy(() -> extract("wrong-shape.lock")).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e).hasMessage("not a uv.lock: 'package' is not an array of tables").extracting(FormatException::line).isEqualTo(2));
    }

    @Test
    void anEmptyLockHoldsNothing() {
        assertThat(Fixtures.extract(extractor, "uv.lock", "")).isEqualTo(Extraction.empty());
    }
}
