package dev.upkeep.inventory.container.dockerfile;

import static dev.upkeep.inventory.InMemoryFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.InMemoryFiles;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerfileExtractorTest {
    private final DockerfileExtractor extractor = new DockerfileExtractor();

    private Extraction extract(String fixture) throws IOException {
        return extractor.extract(InMemoryFiles.of("Dockerfile", resource(getClass(), fixture)));
    }

    private static List<Component> ofKind(Extraction found, Kind kind) {
        return found.components().stream().filter(c -> c.kind() == kind).toList();
    }

    @ParameterizedTest(name = "wants({0})")
    @CsvSource({"Dockerfile,true", "api/Dockerfile,true", "Dockerfile.prod,true", "web.Dockerfile,true", "Containerfile,true",
        "docker/dev.dockerfile,true", "Dockerfile.dockerignore,false", "Dockerfiles/README.md,false", ".dockerignore,false"})
    void wantsDockerfileNames(String path, boolean wanted) {
        assertThat(extractor.wants(path)).as("wants(%s)", path).isEqualTo(wanted);
    }

    @Test
    void imagesOfEveryStageButNotTheStagesThemselves() throws IOException {
        assertThat(ofKind(extract("multi-stage.Dockerfile"), Kind.IMAGE)).as("extract(multi-stage.Dockerfile) images")
                .extracting(Component::name, Component::version, Component::constraint, Component::skipReason,
                        Component::scope, c -> c.properties().get("stage"), c -> c.properties().get("use"),
                        c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("library/node", "20.11.1-alpine", "${NODE_VERSION}-alpine", null, Scope.DEV, "web-deps", "from", 6),
                        tuple("library/python", null, "${PYTHON_VERSION}-slim", SkipReason.VARIABLE, Scope.DEV, "api-build", "from", 15),
                        tuple("library/python", "3.12-slim-bookworm", "3.12-slim-${DISTRO}", null, Scope.PROD, "base", "from", 18),
                        tuple("ghcr.io/astral-sh/uv", "0.4.30", "0.4.30", null, Scope.PROD, "base", "copy-from", 20),
                        tuple("library/nginx", "1.27-alpine", "1.27-alpine", null, Scope.PROD, "4", "copy-from", 26));
    }

    @Test
    void platformAndDigestAreProperties() throws IOException {
        List<Component> images = ofKind(extract("multi-stage.Dockerfile"), Kind.IMAGE);
        assertThat(images.get(0).properties()).as("extract(multi-stage.Dockerfile) node image").containsEntry("platform", "$BUILDPLATFORM");
        assertThat(images.get(2).properties()).as("extract(multi-stage.Dockerfile) python base image")
                .containsEntry("digest", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
                .doesNotContainKey("platform");
    }

    @Test
    void runtimesAndSystemsOfTheBaseImages() throws IOException {
        Extraction found = extract("multi-stage.Dockerfile");
        assertThat(found.components()).as("extract(multi-stage.Dockerfile) runtimes and OS")
                .filteredOn(c -> c.kind() != Kind.IMAGE)
                .extracting(Component::kind, Component::name, Component::version, Component::skipReason, Component::scope)
                .containsExactly(
                        tuple(Kind.RUNTIME, "node", "20.11.1", null, Scope.DEV),
                        tuple(Kind.OS, "alpine", null, SkipReason.UNPINNED, Scope.DEV),
                        tuple(Kind.RUNTIME, "python", null, SkipReason.VARIABLE, Scope.DEV),
                        tuple(Kind.RUNTIME, "python", "3.12", null, Scope.PROD),
                        tuple(Kind.OS, "debian", "12", null, Scope.PROD),
                        tuple(Kind.RUNTIME, "nginx", "1.27", null, Scope.PROD),
                        tuple(Kind.OS, "alpine", null, SkipReason.UNPINNED, Scope.PROD));
        assertThat(found.problems()).as("extract(multi-stage.Dockerfile) problems").isEmpty();
    }

    @Test
    void aSingleStageIsShippedAndScratchIsNoImage() throws IOException {
        Extraction found = extractor.extract(InMemoryFiles.of("Dockerfile", """
                FROM golang:1.23-alpine AS build
                RUN go build -o /app .
                FROM scratch
                COPY --from=build /app /app
                """));
        assertThat(found.components()).as("extract(golang then scratch)")
                .extracting(Component::name, Component::version, Component::scope)
                .containsExactly(tuple("library/golang", "1.23-alpine", Scope.DEV), tuple("go", "1.23", Scope.DEV),
                        tuple("alpine", null, Scope.DEV));
    }

    @Test
    void anImageThatIsNoReferenceIsAProblem() throws IOException {
        Extraction found = extractor.extract(InMemoryFiles.of("Dockerfile", "FROM Node:20\n"));
        assertThat(found.problems()).as("extract(FROM Node:20)")
                .containsExactly(new Problem("container/dockerfile", new Location("Dockerfile", 1), "not an image reference: 'Node:20'"));
    }

    @Test
    void aMalformedFileIsOneFormatErrorWithItsLine() {
        assertThatThrownBy(() -> extract("unknown-instruction.Dockerfile")).as("extract(unknown-instruction.Dockerfile)")
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(3));
    }
}
