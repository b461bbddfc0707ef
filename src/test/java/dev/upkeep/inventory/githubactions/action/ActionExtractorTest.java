package dev.upkeep.inventory.githubactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.InMemoryFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ActionExtractorTest {
    private static final String PATH = ".github/actions/setup/action.yml";
    private final ActionExtractor extractor = new ActionExtractor();

    @Test
    void wantsActionMetadataFiles() {
        assertThat(extractor.wants(PATH)).as("wants(%s)", PATH).isTrue();
        assertThat(extractor.wants("action.yaml")).as("wants(action.yaml)").isTrue();
        assertThat(extractor.wants(".github/workflows/ci.yml")).as("wants(ci.yml)").isFalse();
    }

    @Test
    void aCompositeActionGivesItsStepsActionsAndRuntimes() throws IOException {
        Extraction found = extractor.extract(InMemoryFiles.of(PATH, """
                name: setup
                runs:
                  using: composite
                  steps:
                    - uses: actions/setup-node@v4
                      with:
                        node-version: 22.11.0
                    - uses: pnpm/action-setup@v4
                    - run: pnpm install --frozen-lockfile
                      shell: bash
                """));
        assertThat(found.components()).as("extract(composite action.yml)")
                .extracting(Component::kind, Component::name, Component::version, Component::scope, c -> c.locations().get(0).line())
                .containsExactly(
                        tuple(Kind.ACTION, "actions/setup-node", "v4", Scope.DEV, 5),
                        tuple(Kind.RUNTIME, "node", "22.11.0", Scope.DEV, 7),
                        tuple(Kind.ACTION, "pnpm/action-setup", "v4", Scope.DEV, 8));
    }

    @Test
    void aDockerActionGivesItsImage() throws IOException {
        Extraction found = extractor.extract(InMemoryFiles.of("action.yml", """
                runs:
                  using: docker
                  image: docker://ghcr.io/acme/linter:2.1.0
                """));
        assertThat(found.components()).as("extract(docker action.yml)")
                .extracting(Component::name, Component::version).containsExactly(tuple("ghcr.io/acme/linter", "2.1.0"));
    }

    @Test
    void aLocalDockerfileOrNoRunsGivesNothing() throws IOException {
        assertThat(extractor.extract(InMemoryFiles.of("action.yml", "runs:\n  using: docker\n  image: Dockerfile\n")))
                .as("extract(action.yml with a local Dockerfile)").isEqualTo(Extraction.empty());
        assertThat(extractor.extract(InMemoryFiles.of("action.yml", "name: something else\n")))
                .as("extract(action.yml without runs)").isEqualTo(Extraction.empty());
    }

    @Test
    void malformedYamlIsAFormatError() {
        assertThatThrownBy(() -> extractor.extract(InMemoryFiles.of("action.yml", "runs: {using: composite\n")))
                .as("extract(unclosed flow mapping)").isInstanceOf(FormatException.class);
    }
}
