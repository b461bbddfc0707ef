package dev.upkeep.inventory.runtime.pythonversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.InMemoryFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PythonVersionExtractorTest {
    private final PythonVersionExtractor extractor = new PythonVersionExtractor();

    @Test
    void wantsOnlyPythonVersionFiles() {
        assertThat(extractor.wants(".python-version")).as("wants(.python-version)").isTrue();
        assertThat(extractor.wants("api/.python-version")).as("wants(api/.python-version)").isTrue();
        assertThat(extractor.wants("api/python-version")).as("wants(api/python-version)").isFalse();
    }

    @Test
    void everyLineIsAVersionTheFirstPreferred() throws IOException {
        assertThat(extractor.extract(InMemoryFiles.of("api/.python-version", """
                3.12.4
                # fallbacks
                3.11 system
                pypy3.10-7.3.12
                """)).components()).as("extract(.python-version, four versions)")
                .extracting(Component::name, Component::version, Component::constraint, Component::skipReason,
                        c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("python", "3.12.4", "3.12.4", null, 1),
                        tuple("python", "3.11", "3.11", null, 3),
                        tuple("python", null, "system", SkipReason.UNPINNED, 3),
                        tuple("python", null, "pypy3.10-7.3.12", SkipReason.UNPINNED, 4));
    }

    @Test
    void anEmptyFileIsAFormatError() {
        assertThatThrownBy(() -> extractor.extract(InMemoryFiles.of(".python-version", ""))).as("extract(empty .python-version)")
                .isInstanceOf(FormatException.class);
    }
}
