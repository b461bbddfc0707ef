package dev.upkeep.inventory.container.compose;

import static dev.upkeep.inventory.InMemoryFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.InventoryFile;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.InMemoryFiles;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComposeExtractorTest {
    private final ComposeExtractor extractor = new ComposeExtractor();

    private Extraction extract(String fixture, String path) throws IOException {
        return extractor.extract(InMemoryFiles.of(path, resource(getClass(), fixture)));
    }

    private static List<Component> images(Extraction extraction) {
        return extraction.components().stream().filter(c -> c.kind() == Kind.IMAGE).toList();
    }

    @ParameterizedTest(name = "wants({0})")
    @CsvSource({"compose.yaml,true", "compose.yml,true", "docker-compose.yml,true", "deploy/docker-compose.prod.yml,true",
        "docker-compose.override.yaml,true", "compose.override.yaml,true", "docker-compose-dev.yml,true",
        "composer.yaml,false", "compose.json,false", "my-compose.yml,false"})
    void wantsComposeFileNames(String path, boolean wanted) {
        assertThat(extractor.wants(path)).as("wants(%s)", path).isEqualTo(wanted);
    }

    @Test
    void anchorsAndMergesGiveEachServiceItsImage() throws IOException {
        Extraction found = extract("anchors-and-merges.yaml", "compose.yaml");
        assertThat(images(found)).as("extract(anchors-and-merges.yaml) images")
                .extracting(Component::name, Component::version, c -> c.properties().get("service"), c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("library/python", "3.12-slim-bookworm", "api", 2), // merged from the anchor: its line
                        tuple("library/python", "3.11-slim", "worker", 13),       // an explicit key wins over the merge
                        tuple("library/node", "20.11.1-alpine3.19", "web", 5),    // an aliased scalar
                        tuple("library/postgres", "16.4-bookworm", "db", 17),
                        tuple("library/redis", "7-alpine", "cache", 20));
        assertThat(found.problems()).as("extract(anchors-and-merges.yaml) problems").isEmpty();
    }

    @Test
    void digestAndPlatformAreProperties() throws IOException {
        Component db = images(extract("anchors-and-merges.yaml", "compose.yaml")).get(3);
        assertThat(db.properties()).as("extract(anchors-and-merges.yaml) db properties")
                .containsEntry("digest", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
                .containsEntry("platform", "linux/amd64");
    }

    @Test
    void runtimesAndSystemsComeWithOfficialImages() throws IOException {
        Extraction found = extract("anchors-and-merges.yaml", "compose.yaml");
        assertThat(found.components()).as("extract(anchors-and-merges.yaml) runtimes and OS")
                .filteredOn(c -> c.kind() != Kind.IMAGE)
                .extracting(Component::kind, Component::name, Component::version)
                .containsExactly(
                        tuple(Kind.RUNTIME, "python", "3.12"), tuple(Kind.OS, "debian", "12"),
                        tuple(Kind.RUNTIME, "python", "3.11"), tuple(Kind.OS, "debian", null),
                        tuple(Kind.RUNTIME, "node", "20.11.1"), tuple(Kind.OS, "alpine", "3.19"),
                        tuple(Kind.RUNTIME, "postgresql", "16.4"), tuple(Kind.OS, "debian", "12"),
                        tuple(Kind.RUNTIME, "redis", "7"), tuple(Kind.OS, "alpine", null));
    }

    @Test
    void buildsRecordTheirDockerfileAndNoImageUnlessOneIsNamed() throws IOException {
        Extraction found = extract("build-contexts.yaml", "deploy/compose.yaml");
        assertThat(found.files()).as("extract(build-contexts.yaml) files").containsExactly(
                new InventoryFile("deploy/backend/Dockerfile", "compose/build"),
                new InventoryFile("deploy/frontend/docker/Dockerfile.prod", "compose/build"));
        assertThat(images(found)).as("extract(build-contexts.yaml) images")
                .extracting(Component::name, Component::version, Component::skipReason, Component::constraint,
                        c -> c.properties().get("build-context"))
                .containsExactly(tuple("ghcr.io/acme/web", null, SkipReason.UNPINNED, "${WEB_TAG:-latest}", "frontend"));
    }

    @Test
    void variablesComeFromDotEnvThenDefaults() throws IOException {
        InMemoryFiles files = new InMemoryFiles()
                .with("ops/compose.yaml", resource(getClass(), "variables.yaml"))
                .with("ops/.env", resource(getClass(), "dotenv.txt"));
        Extraction found = extractor.extract(files.input("ops/compose.yaml"));
        assertThat(images(found)).as("extract(variables.yaml with .env)")
                .extracting(Component::name, Component::version, Component::constraint, Component::skipReason)
                .containsExactly(
                        tuple("library/postgres", "16.4", "${POSTGRES_VERSION}", null),
                        tuple("library/redis", "7.4-alpine", "${REDIS_VERSION:-7.2}-alpine", null),
                        tuple("library/nginx", null, "${NGINX_VERSION}", SkipReason.VARIABLE));
    }

    @Test
    void withoutDotEnvDefaultsStillApply() throws IOException {
        Extraction found = extract("variables.yaml", "compose.yaml");
        assertThat(images(found)).as("extract(variables.yaml without .env)")
                .extracting(Component::version, Component::skipReason)
                .containsExactly(tuple(null, SkipReason.VARIABLE), tuple("7.2-alpine", null), tuple(null, SkipReason.VARIABLE));
    }

    @Test
    void anOverrideFileGivesWhatItChanges() throws IOException {
        Extraction found = extract("override.yml", "docker-compose.override.yml");
        assertThat(images(found)).as("extract(override.yml)")
                .extracting(Component::name, Component::version, c -> c.locations().get(0))
                .containsExactly(tuple("library/postgres", "17-alpine", new Location("docker-compose.override.yml", 6)));
    }

    @Test
    void malformedYamlIsOneFormatErrorWithItsLine() {
        assertThatThrownBy(() -> extract("not-yaml.txt", "compose.yaml")).as("extract(not-yaml.txt)")
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void aDuplicateServiceIsAFormatError() {
        assertThatThrownBy(() -> extract("duplicate-service.yaml", "compose.yaml")).as("extract(duplicate-service.yaml)")
                .isInstanceOfSatisfying(FormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("api");
                });
    }

    @Test
    void aBadServiceOrImageIsAProblemAndTheRestIsRead() throws IOException {
        Extraction found = extractor.extract(InMemoryFiles.of("compose.yaml", """
                services:
                  broken: just-a-string
                  typo:
                    image: Postgres:16
                  ok:
                    image: redis:7
                """));
        assertThat(found.problems()).as("extract(broken services) problems").containsExactly(
                new Problem("container/compose", new Location("compose.yaml", 2), "service 'broken' is not a mapping"),
                new Problem("container/compose", new Location("compose.yaml", 4), "not an image reference: 'Postgres:16'"));
        assertThat(images(found)).as("extract(broken services) images").extracting(Component::name).containsExactly("library/redis");
    }

    @Test
    void aTopLevelListIsAFormatError() {
        assertThatThrownBy(() -> extractor.extract(InMemoryFiles.of("compose.yaml", "- a\n- b\n")))
                .as("extract(top-level list)").isInstanceOf(FormatException.class);
    }

    @Test
    void anEmptyFileGivesNothing() throws IOException {
        assertThat(extractor.extract(InMemoryFiles.of("compose.yaml", "# nothing yet\n"))).as("extract(empty)")
                .isEqualTo(Extraction.empty());
    }
}
