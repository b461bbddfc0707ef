package dev.upkeep.versioning.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.docker.DockerTag.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DockerTagTest {
    private static final String SHA = "sha256:" + "0123456789abcdef".repeat(4);
    private final DockerScheme scheme = new DockerScheme();

    @ParameterizedTest(name = "parse({0})")
    @CsvSource(nullValues = "-", value = {
        // tag,                          kind,    version,  prerelease, suffix,                        os,          osVersion
        "3.12-slim-bookworm,             VERSION, 3.12,     '',         slim-bookworm,                 debian,      bookworm",
        "20-alpine3.20,                  VERSION, 20,       '',         alpine3.20,                    alpine,      3.20",
        "7.2-alpine,                     VERSION, 7.2,      '',         alpine,                        alpine,      -",
        "16.4-bookworm,                  VERSION, 16.4,     '',         bookworm,                      debian,      bookworm",
        "20-bookworm-slim,               VERSION, 20,       '',         bookworm-slim,                 debian,      bookworm",
        "3.12-slim,                      VERSION, 3.12,     '',         slim,                          debian,      -",
        "1.27-alpine-slim,               VERSION, 1.27,     '',         alpine-slim,                   alpine,      -",
        "1.27.2-alpine3.20-perl,         VERSION, 1.27.2,   '',         alpine3.20-perl,               alpine,      3.20",
        "21-jdk-jammy,                   VERSION, 21,       '',         jdk-jammy,                     ubuntu,      jammy",
        "21-jdk-ubi9-minimal,            VERSION, 21,       '',         jdk-ubi9-minimal,              ubi,         9",
        "21-al2023,                      VERSION, 21,       '',         al2023,                        amazonlinux, 2023",
        "8.0-windowsservercore-ltsc2022, VERSION, 8.0,      '',         windowsservercore-ltsc2022,    windows,     ltsc2022",
        "3.13.0b1-slim,                  VERSION, 3.13.0b1, b1,         slim,                          debian,      -",
        "v1.2.3,                         VERSION, v1.2.3,   '',         '',                            -,           -",
        "24.04,                          VERSION, 24.04,    '',         '',                            -,           -",
        "latest,                         LATEST,  -,        '',         '',                            -,           -",
        "bookworm,                       OTHER,   -,        '',         '',                            debian,      bookworm",
        "lts-alpine,                     OTHER,   -,        '',         '',                            alpine,      -",
        "0a1b2c3d,                       OTHER,   -,        '',         '',                            -,           -",
        "1.x,                            OTHER,   -,        '',         '',                            -,           -",
    })
    void readsTags(String text, Kind kind, String version, String prerelease, String suffix, String os,
            String osVersion) {
        assertThat(DockerTag.parse(text)).as("parse(%s)", text)
                .isEqualTo(new DockerTag(text, kind, version, prerelease, suffix, os, osVersion))
                .usingRecursiveComparison().isEqualTo(new DockerTag(text, kind, version, prerelease, suffix, os, osVersion));
    }

    @Test
    void readsDigests() {
        assertThat(DockerTag.parse(SHA).kind()).as("parse(%s)", SHA).isEqualTo(Kind.DIGEST);
        assertThat(DockerTag.parse("@" + SHA).kind()).as("parse(@%s)", SHA).isEqualTo(Kind.DIGEST);
        assertThat(DockerTag.parse(SHA).release()).isEmpty();
    }

    @ParameterizedTest(name = "parse({0}) fails")
    @ValueSource(strings = {"", "-rc", ".hidden", "3.12 slim", "a:b", "sha256:abc", "01aecc#v2.1.0"})
    void refusesWhatIsNotATag(String text) {
        assertThatThrownBy(() -> DockerTag.parse(text)).as("parse(%s)", text)
                .isInstanceOf(InvalidVersionException.class).hasMessageContaining("'" + text + "'");
        assertThatThrownBy(() -> DockerTag.parse("x".repeat(129))).isInstanceOf(InvalidVersionException.class);
    }

    @Test
    void theSchemeParsesVersionTagsOnly() {
        assertThatThrownBy(() -> scheme.parse("latest")).isInstanceOf(InvalidVersionException.class)
                .hasMessage("invalid docker 'latest': is a latest tag, not a version");
        assertThatThrownBy(() -> scheme.parse(SHA)).hasMessageContaining("is a digest tag");
        assertThat(scheme.isValid(null)).as("isValid(null)").isFalse();
        assertThat(scheme.parse("3.12.4-slim").release()).containsExactly(3, 12, 4);
    }

    @Test
    void ordersAFamilyByRelease() {
        List<String> tags = new ArrayList<>(List.of("3.14-slim-bookworm", "3.12-slim-bookworm", "3.13-slim-bookworm",
                "3.13.0rc2-slim-bookworm"));
        Collections.shuffle(tags, new java.util.Random(7));
        tags.sort((a, b) -> scheme.compare(a, b));
        assertThat(tags).containsExactly("3.12-slim-bookworm", "3.13.0rc2-slim-bookworm", "3.13-slim-bookworm",
                "3.14-slim-bookworm");
        DockerTag current = DockerTag.parse("3.13-slim-bookworm");
        assertThat(current.sameFamily(DockerTag.parse("3.14-slim-bookworm"))).isTrue();
        assertThat(current.sameFamily(DockerTag.parse("3.14-alpine"))).isFalse();
        assertThat(DockerTag.parse("3.14.1-slim-bookworm").isCompatibleWith(current)).as("3.14.1 for a 3.13 user").isFalse();
        assertThat(DockerTag.parse("3.14-slim-bookworm").isCompatibleWith(current)).isTrue();
    }

    @ParameterizedTest(name = "compare({0}, {1}) = {2}")
    @CsvSource({
        "3.14, 3.14.1, 1",
        "3.8.0-alpine, 3.8.0, -1",
        "3.7.0b1, 3.7.0b5, -1",
        "3.7.0b5, 3.7.0, -1",
        "18.04, v18.4, 0",
        "20-alpine, 20-bookworm, 1",
        "1.0-a-b, 1.0-a_b, -1",
        "1.0b-x, 1.0b_x, -1",
        "1.0-a-b, 1.0-ab, 1",
    })
    void compares(String a, String b, int expected) {
        assertThat(scheme.compare(a, b)).as("compare(%s, %s)", a, b).isEqualTo(expected);
        assertThat(scheme.parse(a).equals(scheme.parse(b))).as("%s equals %s", a, b).isEqualTo(expected == 0);
    }

    @Test
    void equalTagsHashAlike() {
        assertThat(scheme.parse("v18.04")).isEqualTo(scheme.parse("18.4")).hasSameHashCodeAs(scheme.parse("18.4"));
        assertThat(DockerTag.parse("latest")).isNotEqualTo(DockerTag.parse("stable"));
        assertThat(DockerTag.parse("latest").compareTo(scheme.parse("1.0"))).isNegative();
    }

    @ParameterizedTest(name = "updateType({0}, {1}) = {2}")
    @CsvSource({
        "20-alpine, 22-alpine, MAJOR",
        "3.12-slim, 3.13-slim, MINOR",
        "16.4, 16.4.1, NONE",
        "1.27.1-alpine, 1.27.2-alpine, PATCH",
        "3.13.0rc2, 3.13.0, PRERELEASE",
        "3.13, 3.12, NONE",
    })
    void updateType(String from, String to, UpdateType expected) {
        assertThat(scheme.updateType(scheme.parse(from), scheme.parse(to))).as("updateType(%s, %s)", from, to)
                .isEqualTo(expected);
    }

    @Test
    void aRangeIsOneTag() {
        assertThat(scheme.satisfies("18.04", "18.4")).isTrue();
        assertThat(scheme.satisfies("18.04", "18.04.1")).isFalse();
        assertThat(scheme.satisfies("20-alpine", "20")).isFalse();
        assertThat(scheme.cycle(scheme.parse("3.12.4-slim"), 2)).isEqualTo("3.12");
    }
}
