package dev.upkeep.inventory.python.pdmlock;

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

class PdmLockExtractorTest {
    private final PdmLockExtractor extractor = new PdmLockExtractor();

    @Test
    void wantsPdmLock() {
        assertThat(extractor.wants("pdm.lock")).isTrue();
        assertThat(extractor.wants("svc/pdm.lock")).isTrue();
        assertThat(extractor.wants("pdm.toml")).isFalse();
    }

    @Test
    void scopesFromGroupsAndMarksSources() {
        Extraction x = Fixtures.extract(extractor, getClass(), "groups.lock");
        assertThat(x.components()).extracting(Component::name, Component::version, Component::scope, Component::skipReason,
                        c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("fastapi", "0.110.0", Scope.PROD, null, 9),
                        tuple("pytest", "8.1.1", Scope.DEV, null, 15),
                        tuple("asyncpg", "0.29.0", Scope.OPTIONAL, null, 20),
                        tuple("toolkit", "2.0.0", Scope.PROD, SkipReason.GIT, 25),
                        tuple("localpkg", "0.1.0", Scope.PROD, SkipReason.PATH, 32));
        assertThat(x.components()).allSatisfy(c -> assertThat(c.relation()).isEqualTo(Relation.UNKNOWN));
        assertThat(named(x, "toolkit").properties()).containsEntry("commit", "4f1c2e0d9a");
        assertThat(named(x, "asyncpg").properties()).containsEntry("group", "postgres,test");
    }

    @Test
    void notTomlFails() {
        assertThatThrownBy(() -> Fixtures.extract(extractor, "pdm.lock", "[[package]]\nname = \"six\"\nversion = = \"1\"\n"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).as("line of the broken value").isEqualTo(3));
    }
}
