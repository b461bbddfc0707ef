package dev.upkeep.inventory.python.pylock;

import static dev.upkeep.inventory.python.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.python.Fixtures;
import org.junit.jupiter.api.Test;

class PylockExtractorTest {
    private final PylockExtractor extractor = new PylockExtractor();

    @Test
    void wantsPylockFiles() {
        assertThat(extractor.wants("pylock.toml")).isTrue();
        assertThat(extractor.wants("deploy/pylock.prod.toml")).isTrue();
        assertThat(extractor.wants("pylock..toml")).isFalse();
        assertThat(extractor.wants("mypylock.toml")).isFalse();
    }

    @Test
    void skipsTheProjectAndScopesFromMarkers() {
        Extraction x = Fixtures.extract(extractor, getClass(), "pylock.toml");
        assertThat(x.components()).extracting(Component::name, Component::version, Component::scope, Component::skipReason,
                        c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("fastapi", "0.110.0", Scope.PROD, null, 9),
                        tuple("asyncpg", "0.29.0", Scope.OPTIONAL, null, 14),
                        tuple("pytest", "8.1.1", Scope.DEV, null, 19),
                        tuple("toolkit", "2.0.0", Scope.PROD, SkipReason.GIT, 24),
                        tuple("vendored", null, Scope.PROD, SkipReason.PATH, 38));
        assertThat(named(x, "toolkit").properties()).containsEntry("commit", "4f1c2e0d9a");
        assertThat(named(x, "vendored").properties()).containsEntry("path", "./vendor/vendored-1.0.tar.gz");
    }

    @Test
    void wrongShapeFails() {
        assertThatThrownBy(() -> Fixtures.extract(extractor, "pylock.toml", "lock-version = \"1.0\"\npackages = 3\n"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }
}
