package dev.upkeep.versioning.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.versioning.VersionScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pep440, docker, maven and loose schemes are registered once each, under their ids. */
class SchemeRegistrationTest {
    @ParameterizedTest(name = "byId({0})")
    @CsvSource({
        "pep440, dev.upkeep.versioning.pep440.Pep440Scheme, 3.12.4",
        "docker, dev.upkeep.versioning.docker.DockerScheme, 3.12-slim",
        "maven, dev.upkeep.versioning.maven.MavenScheme, 3.2.1-SNAPSHOT",
        "loose, dev.upkeep.versioning.loose.LooseScheme, 2.4.58-1+deb12u1",
    })
    void findsEachSchemeById(String id, String className, String sample) {
        VersionScheme scheme = VersionSchemes.byId(id);
        assertThat(scheme.getClass().getName()).as("byId(%s)", id).isEqualTo(className);
        assertThat(scheme.isValid(sample)).as("%s.isValid(%s)", id, sample).isTrue();
        assertThat(VersionSchemes.all().stream().filter(s -> s.id().equals(id))).as("schemes with id %s", id).hasSize(1);
    }

    @Test
    void namesTheKnownIdsForAnUnknownOne() {
        assertThatThrownBy(() -> VersionSchemes.byId("calver")).hasMessageContaining("pep440, docker, maven, loose");
    }
}
