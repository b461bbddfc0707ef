package dev.upkeep.inventory.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageTagTest {
    @ParameterizedTest(name = "read({0})")
    @CsvSource(nullValues = "-", value = {
        // tag,               release,   variant,          os,          os version, os word
        "3.12-slim-bookworm,  3.12,      slim-bookworm,    debian,      12,         bookworm",
        "20-alpine3.20,       20,        alpine3.20,       alpine,      3.20,       alpine3.20",
        "16.4-bookworm,       16.4,      bookworm,         debian,      12,         bookworm",
        "7-alpine,            7,         alpine,           alpine,      -,          alpine",
        "latest,              latest,    -,                -,           -,          -",
        "3.12-slim,           3.12,      slim,             debian,      -,          slim",
        "20-bookworm-slim,    20,        bookworm-slim,    debian,      12,         bookworm",
        "alpine,              -,         alpine,           alpine,      -,          alpine",
        "lts-alpine,          lts,       alpine,           alpine,      -,          alpine",
        "21-jre-jammy,        21,        jre-jammy,        ubuntu,      22.04,      jammy",
        "8.4-oracle,          8.4,       oracle,           oraclelinux, -,          oracle",
        "3.14-rc-alpine3.21,  3.14-rc,   alpine3.21,       alpine,      3.21,       alpine3.21",
        "1.27.2-alpine-slim,  1.27.2,    alpine-slim,      alpine,      -,          alpine",
        "8.3-fpm-trixie,      8.3,       fpm-trixie,       debian,      13,         trixie",
        "20.11.1,             20.11.1,   -,                -,           -,          -",
    })
    void readsReleaseVariantAndSystem(String tag, String release, String variant, String os, String osVersion, String word) {
        ImageTag read = ImageTag.read(tag);
        assertThat(read.release()).as("read(%s).release", tag).isEqualTo(release);
        assertThat(read.variant()).as("read(%s).variant", tag).isEqualTo(variant);
        assertThat(read.os()).as("read(%s).os", tag)
                .isEqualTo(os == null ? Optional.empty() : Optional.of(new OsRelease(os, osVersion, word)));
    }
}
