package dev.upkeep.inventory.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferenceTest {
    @ParameterizedTest(name = "parse({0})")
    @CsvSource(nullValues = "-", value = {
        "node,-,node,-,-,true",
        "node:20-alpine,-,node,20-alpine,-,true",
        "library/python:3.12,-,library/python,3.12,-,true",
        "bitnami/redis:7.2,-,bitnami/redis,7.2,-,false",
        "ghcr.io/org/app:1.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,ghcr.io,org/app,1.0,sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef,false",
        "localhost:5000/app,localhost:5000,app,-,-,false",
        "docker.io/library/nginx:alpine,docker.io,library/nginx,alpine,-,true",
    })
    void splits(String text, String registry, String repository, String tag, String digest, boolean official) {
        assertThat(ImageReference.parse(text)).as("parse(%s)", text).hasValueSatisfying(r -> {
            assertThat(r.registry()).isEqualTo(registry);
            assertThat(r.repository()).isEqualTo(repository);
            assertThat(r.tag()).isEqualTo(tag);
            assertThat(r.digest()).isEqualTo(digest);
            assertThat(r.isOfficial()).isEqualTo(official);
            assertThat(r.toString()).isEqualTo(text);
        });
    }

    @ParameterizedTest(name = "parse({0}) is empty")
    @ValueSource(strings = {"${BASE}", "python:", "Python:3", "node@sha256:xyz", "a b", ""})
    void rejects(String text) {
        assertThat(ImageReference.parse(text)).as("parse(%s)", text).isEmpty();
    }
}
