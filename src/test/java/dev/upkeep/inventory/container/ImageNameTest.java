package dev.upkeep.inventory.container;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageNameTest {
    private static final String DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @ParameterizedTest(name = "read({0})")
    @CsvSource(nullValues = "-", value = {
        // reference,                          name,                                 tag,                  official, name var, tag var
        "node,                                 library/node,                         -,                    node,     false,    false",
        "node:20-alpine,                       library/node,                         20-alpine,            node,     false,    false",
        "docker.io/library/postgres:16,        library/postgres,                     16,                   postgres, false,    false",
        "index.docker.io/bitnami/redis:7.2,    bitnami/redis,                        7.2,                  -,        false,    false",
        "GHCR.io/org/app:1.0,                  ghcr.io/org/app,                      1.0,                  -,        false,    false",
        "localhost:5000/app,                   localhost:5000/app,                   -,                    -,        false,    false",
        "public.ecr.aws/docker/library/node:22, public.ecr.aws/docker/library/node,  22,                   node,     false,    false",
        "node:${NODE_VERSION}-alpine,          library/node,                         ${NODE_VERSION}-alpine, node,   false,    true",
        "${REGISTRY}/app:1.2,                  ${REGISTRY}/app,                      1.2,                  -,        true,     false",
        "${BASE_IMAGE},                        ${BASE_IMAGE},                        -,                    -,        true,     false",
    })
    void namesTheRegistryRepository(String text, String name, String tag, String official, boolean nameVar, boolean tagVar) {
        assertThat(ImageName.read(text)).as("read(%s)", text)
                .contains(new ImageName(name, tag, null, nameVar, tagVar));
        assertThat(ImageName.read(text).orElseThrow().official()).as("read(%s).official()", text).isEqualTo(official);
    }

    @ParameterizedTest(name = "read({0}) keeps the digest")
    @ValueSource(strings = {"node@", "node:20@"})
    void keepsTheDigest(String prefix) {
        ImageName read = ImageName.read(prefix + DIGEST).orElseThrow();
        assertThat(read.digest()).as("read(%s...).digest", prefix).isEqualTo(DIGEST);
        assertThat(read.floating()).as("read(%s...).floating", prefix).isEqualTo(prefix.equals("node@"));
    }

    @ParameterizedTest(name = "read({0}) is empty")
    @ValueSource(strings = {"", "node:", "Node:20", "a b", "node@sha256:xyz"})
    void rejectsWhatIsNoReference(String text) {
        assertThat(ImageName.read(text)).as("read(%s)", text).isEmpty();
    }
}
