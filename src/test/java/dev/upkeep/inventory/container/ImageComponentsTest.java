package dev.upkeep.inventory.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageComponentsTest {
    private static final Location AT = new Location("compose.yaml", 4);
    private static final String DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    static List<Component> of(String written, String resolved) {
        return ImageComponents.of(written, resolved, AT, Scope.PROD, Map.of("service", "web")).orElseThrow();
    }

    static List<Component> of(String reference) {
        return of(reference, reference);
    }

    @Test
    void nodeOnAlpineIsAnImageARuntimeAndAnUnversionedSystem() {
        assertThat(of("node:20-alpine")).as("of(node:20-alpine)").containsExactly(
                new Component(Ecosystem.DOCKER, Kind.IMAGE, "library/node", "20-alpine", "20-alpine", Relation.DIRECT,
                        Scope.PROD, "pkg:docker/library/node@20-alpine", List.of(AT), null,
                        Map.of("service", "web", "variant", "alpine")),
                new Component(Ecosystem.RUNTIME, Kind.RUNTIME, "node", "20", "20-alpine", Relation.TRANSITIVE,
                        Scope.PROD, "pkg:generic/node@20", List.of(AT), null,
                        Map.of("source", "image", "image", "library/node:20-alpine")),
                new Component(Ecosystem.OS, Kind.OS, "alpine", null, "20-alpine", Relation.TRANSITIVE,
                        Scope.PROD, "pkg:generic/alpine", List.of(AT), SkipReason.UNPINNED,
                        Map.of("source", "image", "image", "library/node:20-alpine", "variant", "alpine")));
    }

    @ParameterizedTest(name = "of({0})")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // reference                     | image version      | image skip | runtime     | runtime version | runtime skip | os            | os version
        "python:3.12-slim-bookworm       | 3.12-slim-bookworm | -          | python      | 3.12            | -            | debian        | 12",
        "python:3.12-slim                | 3.12-slim          | -          | python      | 3.12            | -            | debian        | -",
        "postgres:16.4-bookworm          | 16.4-bookworm      | -          | postgresql  | 16.4            | -            | debian        | 12",
        "redis:7-alpine                  | 7-alpine           | -          | redis       | 7               | -            | alpine        | -",
        "mongo:7.0-jammy                 | 7.0-jammy          | -          | mongodb     | 7.0             | -            | ubuntu        | 22.04",
        "nginx:alpine                    | alpine             | -          | nginx       | -               | UNPINNED     | alpine        | -",
        "node:lts-alpine                 | lts-alpine         | -          | node        | -               | UNPINNED     | alpine        | -",
        "node:iron                       | iron               | -          | node        | 20              | -            | -             | -",
        "redis                           | -                  | UNPINNED   | redis       | -               | UNPINNED     | -             | -",
        "nginx:latest                    | -                  | UNPINNED   | nginx       | -               | UNPINNED     | -             | -",
        "node:${NODE_VERSION}-alpine     | -                  | VARIABLE   | node        | -               | VARIABLE     | -             | -",
        "node@" + DIGEST + "             | -                  | DIGEST     | node        | -               | DIGEST       | -             | -",
    })
    void officialImagesGiveTheirRuntimeAndSystem(String reference, String version, SkipReason skip, String runtime,
            String runtimeVersion, SkipReason runtimeSkip, String os, String osVersion) {
        List<Component> found = of(reference);
        assertThat(found.get(0)).as("of(%s) image", reference)
                .extracting(Component::version, Component::skipReason).containsExactly(version, skip);
        assertThat(found.get(1)).as("of(%s) runtime", reference)
                .extracting(Component::kind, Component::name, Component::version, Component::skipReason)
                .containsExactly(Kind.RUNTIME, runtime, runtimeVersion, runtimeSkip);
        if (os == null) {
            assertThat(found).as("of(%s) has no OS", reference).hasSize(2);
        } else {
            assertThat(found.get(2)).as("of(%s) OS", reference)
                    .extracting(Component::kind, Component::name, Component::version, Component::skipReason)
                    .containsExactly(Kind.OS, os, osVersion, osVersion == null ? SkipReason.UNPINNED : null);
        }
    }

    @ParameterizedTest(name = "of({0})")
    @CsvSource({"alpine:3.20,alpine,3.20", "debian:bookworm-slim,debian,12", "debian:12.7-slim,debian,12.7",
        "ubuntu:22.04,ubuntu,22.04", "ubuntu:noble-20240801,ubuntu,24.04"})
    void systemImagesAreTheirSystem(String reference, String os, String version) {
        assertThat(of(reference)).as("of(%s)", reference)
                .extracting(Component::kind, Component::name, Component::version)
                .containsExactly(tuple(Kind.IMAGE, "library/" + os, reference.substring(reference.indexOf(':') + 1)),
                        tuple(Kind.OS, os, version));
    }

    @ParameterizedTest(name = "of({0})")
    @CsvSource({"alpine,UNPINNED", "debian:latest,UNPINNED", "ubuntu:${UBUNTU},VARIABLE", "alpine@" + DIGEST + ",DIGEST"})
    void aSystemImageWithoutAReleaseIsTheSystemWithoutAVersion(String reference, SkipReason skip) {
        assertThat(of(reference).get(1)).as("of(%s) OS", reference)
                .extracting(Component::kind, Component::version, Component::skipReason)
                .containsExactly(Kind.OS, null, skip);
    }

    @Test
    void aDigestBesideATagIsAProperty() {
        Component image = of("postgres:16@" + DIGEST).get(0);
        assertThat(image.version()).as("of(postgres:16@...).version").isEqualTo("16");
        assertThat(image.properties()).as("of(postgres:16@...).properties").containsEntry("digest", DIGEST);
        assertThat(image.purl()).isEqualTo("pkg:docker/library/postgres@16");
    }

    @Test
    void theConstraintIsTheTagAsWritten() {
        List<Component> found = of("postgres:${PG_VERSION:-16}", "postgres:16");
        assertThat(found).as("of(postgres:${PG_VERSION:-16})")
                .extracting(Component::name, Component::version, Component::constraint)
                .containsExactly(tuple("library/postgres", "16", "${PG_VERSION:-16}"),
                        tuple("postgresql", "16", "${PG_VERSION:-16}"));
    }

    @Test
    void otherRegistriesGiveTheImageOnly() {
        assertThat(of("ghcr.io/astral-sh/uv:0.4.30")).as("of(ghcr.io/astral-sh/uv:0.4.30)")
                .extracting(Component::name, Component::version, Component::purl)
                .containsExactly(tuple("ghcr.io/astral-sh/uv", "0.4.30", "pkg:docker/ghcr.io/astral-sh/uv@0.4.30"));
    }

    @Test
    void anUnknownNameIsStillReported() {
        assertThat(of("${BASE_IMAGE}")).as("of(${BASE_IMAGE})")
                .extracting(Component::name, Component::version, Component::skipReason)
                .containsExactly(tuple("${BASE_IMAGE}", null, SkipReason.VARIABLE));
    }

    @Test
    void textThatIsNoReferenceGivesNothing() {
        assertThat(ImageComponents.of("Node:20", "Node:20", AT, Scope.PROD, Map.of())).as("of(Node:20)").isEmpty();
    }
}
