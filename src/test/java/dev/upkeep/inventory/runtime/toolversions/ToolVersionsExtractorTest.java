package dev.upkeep.inventory.runtime.toolversions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.InMemoryFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ToolVersionsExtractorTest {
    private final ToolVersionsExtractor extractor = new ToolVersionsExtractor();

    @Test
    void runtimesGetUpkeepNamesAndOtherToolsKeepTheirs() throws IOException {
        assertThat(extractor.extract(InMemoryFiles.of(".tool-versions", """
                nodejs 20.11.1
                python 3.12.4 3.11.9   # the second is a fallback
                postgres 16.4
                pnpm 9.12.0
                ruby ref:v3_3_0
                terraform path:/opt/terraform
                golang latest
                """)).components()).as("extract(.tool-versions)")
                .extracting(Component::kind, Component::name, Component::version, Component::skipReason,
                        c -> c.locations().get(0).line())
                .containsExactly(
                        tuple(Kind.RUNTIME, "node", "20.11.1", null, 1),
                        tuple(Kind.RUNTIME, "python", "3.12.4", null, 2),
                        tuple(Kind.RUNTIME, "python", "3.11.9", null, 2),
                        tuple(Kind.RUNTIME, "postgresql", "16.4", null, 3),
                        tuple(Kind.TOOL, "pnpm", "9.12.0", null, 4),
                        tuple(Kind.RUNTIME, "ruby", null, SkipReason.GIT, 5),
                        tuple(Kind.TOOL, "terraform", null, SkipReason.PATH, 6),
                        tuple(Kind.RUNTIME, "go", null, SkipReason.UNPINNED, 7));
    }

    @Test
    void aToolWithoutAVersionIsAFormatErrorWithTheLine() {
        assertThatThrownBy(() -> extractor.extract(InMemoryFiles.of(".tool-versions", "nodejs 20\npython\n")))
                .as("extract(.tool-versions with 'python' alone)")
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }
}
