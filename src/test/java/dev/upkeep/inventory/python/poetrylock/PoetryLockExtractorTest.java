package dev.upkeep.inventory.python.poetrylock;

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

class PoetryLockExtractorTest {
    private final PoetryLockExtractor extractor = new PoetryLockExtractor();

    private Extraction extract(String file) {
        return Fixtures.extract(extractor, getClass(), file);
    }

    @Test
    void wantsPoetryLock() {
        assertThat(extractor.wants("poetry.lock")).isTrue();
        assertThat(extractor.wants("app/poetry.lock")).isTrue();
        assertThat(extractor.wants("mypoetry.lock")).isFalse();
    }

    @Test
    void scopesFromPoetry2Groups() {
        Extraction x = extract("groups-v2.lock");
        assertThat(x.components()).extracting(Component::name, Component::version, Component::scope, Component::skipReason,
                        c -> c.properties().get("group"), c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("django", "4.2.11", Scope.PROD, null, "main", 4),
                        tuple("mkdocs", "1.5.3", Scope.DEV, null, "docs", 15),
                        tuple("redis", "5.0.3", Scope.OPTIONAL, null, "main", 23),
                        tuple("six", "1.16.0", Scope.PROD, null, "main,dev", 32),
                        tuple("internal-lib", "2.0.1", Scope.PROD, SkipReason.GIT, "main", 40),
                        tuple("local-utils", "0.3.0", Scope.PROD, SkipReason.PATH, "main", 55),
                        tuple("private-pkg", "1.0.0", Scope.OPTIONAL, null, "worker", 68));
        assertThat(x.components()).allSatisfy(c -> assertThat(c.relation()).isEqualTo(Relation.UNKNOWN));
        assertThat(named(x, "django").properties()).containsEntry("declaredName", "Django");
        assertThat(named(x, "internal-lib").properties()).containsEntry("commit", "9b1f3c2d")
                .containsEntry("url", "https://github.com/acme/internal-lib.git");
        assertThat(named(x, "local-utils").properties()).containsEntry("path", "../utils");
        assertThat(named(x, "private-pkg").properties()).containsEntry("index", "https://pypi.acme.example/simple");
    }

    @Test
    void scopesFromPoetry1Categories() {
        assertThat(extract("categories-v1.lock").components()).extracting(Component::name, Component::scope)
                .containsExactly(tuple("pytest", Scope.DEV), tuple("requests", Scope.PROD));
    }

    @Test
    void aPackageWithoutANameFailsAtItsTable() {
        assertThatThrownBy(() -> extract("package-without-name.lock")).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e).hasMessage("package 2 has no name").extracting(FormatException::line).isEqualTo(5));
    }

    @Test
    void notTomlFails() {
        assertThatThrownBy(() -> Fixtures.extract(extractor, "poetry.lock", "this is not toml"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(1));
    }
}
