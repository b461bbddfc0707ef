package dev.upkeep.inventory.python.pipfilelock;

import static dev.upkeep.inventory.python.Fixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.python.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipfileLockExtractorTest {
    private final PipfileLockExtractor extractor = new PipfileLockExtractor();

    private Extraction extract(String file) {
        return Fixtures.extract(extractor, getClass(), file);
    }

    @Test
    void wantsPipfileLock() {
        assertThat(extractor.wants("Pipfile.lock")).isTrue();
        assertThat(extractor.wants("backend/Pipfile.lock")).isTrue();
        assertThat(extractor.wants("Pipfile")).isFalse();
    }

    @Test
    void readsBothSectionsAndTheInterpreter() {
        Extraction x = extract("sections.json");
        assertThat(x.components()).extracting(Component::name, Component::version, Component::scope, Component::skipReason,
                        Component::locations)
                .containsExactly(
                        tuple("django", "5.0.3", Scope.PROD, null, List.of(new Location("sections.json", 9))),
                        tuple("six", "1.16.0", Scope.PROD, null, List.of(new Location("sections.json", 15), new Location("sections.json", 25))),
                        tuple("toolkit", null, Scope.PROD, SkipReason.GIT, List.of(new Location("sections.json", 16))),
                        tuple("localpkg", null, Scope.PROD, SkipReason.PATH, List.of(new Location("sections.json", 21))),
                        tuple("pytest", "8.1.1", Scope.DEV, null, List.of(new Location("sections.json", 24))),
                        tuple("python", null, Scope.PROD, SkipReason.UNPINNED, List.of(new Location("sections.json", 5))));
        assertThat(x.components()).filteredOn(c -> c.ecosystem() == Ecosystem.PYPI)
                .allSatisfy(c -> assertThat(c.relation()).isEqualTo(Relation.UNKNOWN));
        assertThat(named(x, "toolkit").properties()).containsEntry("commit", "4f1c2e0d9a")
                .containsEntry("url", "https://github.com/acme/toolkit.git").containsEntry("editable", "true");
        assertThat(named(x, "python").constraint()).isEqualTo("3.12");
        assertThat(named(x, "pytest").properties()).containsEntry("group", "develop");
    }

    @Test
    void malformedJsonFailsWithItsLine() {
        assertThatThrownBy(() -> extract("not-json.json")).isInstanceOfSatisfying(FormatException.class,
                e -> assertThat(e.line()).as("extract(not-json.json) line").isEqualTo(1));
        assertThatThrownBy(() -> extract("array.json")).isInstanceOf(FormatException.class)
                .hasMessage("not a Pipfile.lock: the top level is not an object");
    }

    @Test
    void anEmptyFileHoldsNothing() {
        assertThat(Fixtures.extract(extractor, "Pipfile.lock", "\n")).isEqualTo(Extraction.empty());
    }
}
