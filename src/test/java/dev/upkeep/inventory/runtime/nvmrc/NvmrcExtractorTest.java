package dev.upkeep.inventory.runtime.nvmrc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.InMemoryFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NvmrcExtractorTest {
    private final NvmrcExtractor extractor = new NvmrcExtractor();

    @ParameterizedTest(name = "wants({0})")
    @CsvSource({".nvmrc,true", "web/.nvmrc,true", ".node-version,true", "web/.node-version,true", "nvmrc,false", ".nvmrc.bak,false"})
    void wantsNodeVersionFiles(String path, boolean wanted) {
        assertThat(extractor.wants(path)).as("wants(%s)", path).isEqualTo(wanted);
    }

    @Test
    void aVersionWithAPrefixIsNodeWithoutIt() throws IOException {
        assertThat(extractor.extract(InMemoryFiles.of("web/.nvmrc", "v20.11.1\n")).components()).as("extract(.nvmrc v20.11.1)")
                .containsExactly(new Component(Ecosystem.RUNTIME, Kind.RUNTIME, "node", "20.11.1", "v20.11.1", Relation.DIRECT,
                        Scope.PROD, "pkg:generic/node@20.11.1", List.of(new Location("web/.nvmrc", 1)), null,
                        Map.of("source", ".nvmrc")));
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndAnLtsNameIsItsMajor() throws IOException {
        Extraction found = extractor.extract(InMemoryFiles.of(".node-version", "# the LTS line we run\n\nlts/iron # Node 20\n"));
        assertThat(found.components()).as("extract(.node-version lts/iron)")
                .extracting(Component::version, Component::constraint, c -> c.properties().get("alias"),
                        c -> c.properties().get("source"), c -> c.locations().get(0).line())
                .containsExactly(tuple("20", "lts/iron", "lts/iron", ".node-version", 3));
    }

    @Test
    void aFloatingAliasIsUnpinned() throws IOException {
        assertThat(extractor.extract(InMemoryFiles.of(".nvmrc", "lts/*")).components()).as("extract(.nvmrc lts/*)")
                .extracting(Component::version, Component::skipReason, Component::purl)
                .containsExactly(tuple(null, SkipReason.UNPINNED, "pkg:generic/node"));
    }

    @Test
    void anEmptyFileIsAFormatError() {
        assertThatThrownBy(() -> extractor.extract(InMemoryFiles.of(".nvmrc", "\n# nothing\n"))).as("extract(empty .nvmrc)")
                .isInstanceOf(FormatException.class).hasMessageContaining("no Node.js version");
    }

    @Test
    void twoWordsAreAFormatErrorWithTheLine() {
        assertThatThrownBy(() -> extractor.extract(InMemoryFiles.of(".nvmrc", "\nnode 20\n"))).as("extract(.nvmrc 'node 20')")
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }
}
