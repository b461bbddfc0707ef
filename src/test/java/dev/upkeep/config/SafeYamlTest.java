package dev.upkeep.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import dev.upkeep.config.YamlNode.Sequence;
import org.junit.jupiter.api.Test;

class SafeYamlTest {
    private static Mapping parse(String text) {
        return (Mapping) SafeYaml.parse(text).orElseThrow();
    }

    @Test
    void keepsLinesAndScalarsAsWritten() {
        Mapping root = parse("""
                name: api
                on: push
                until: 2027-01-31
                ports:
                  - "5432:5432"
                """);
        assertThat(root.keys()).as("parse keys").containsExactly("name", "on", "until", "ports");
        assertThat(root.entry("on").orElseThrow().key().line()).isEqualTo(2);
        assertThat(((Scalar) root.get("until").orElseThrow()).value()).isEqualTo("2027-01-31");
        assertThat(((Scalar) root.get("until").orElseThrow()).tag()).isEqualTo("timestamp");
        Sequence ports = (Sequence) root.get("ports").orElseThrow();
        assertThat(ports.items()).singleElement().satisfies(n -> {
            assertThat(((Scalar) n).value()).isEqualTo("5432:5432");
            assertThat(n.line()).isEqualTo(5);
        });
    }

    @Test
    void resolvesAnchorsAndMergeKeysWithExplicitKeysWinning() {
        Mapping root = parse("""
                x-env: &env
                  NODE_ENV: production
                  LOG_LEVEL: info
                x-more: &more
                  LOG_LEVEL: debug
                  TZ: UTC
                services:
                  api:
                    environment:
                      <<: [*env, *more]
                      NODE_ENV: development
                """);
        Mapping env = (Mapping) ((Mapping) ((Mapping) root.get("services").orElseThrow()).get("api").orElseThrow())
                .get("environment").orElseThrow();
        assertThat(env.keys()).containsExactlyInAnyOrder("NODE_ENV", "LOG_LEVEL", "TZ");
        assertThat(((Scalar) env.get("NODE_ENV").orElseThrow()).value()).as("explicit key wins").isEqualTo("development");
        assertThat(((Scalar) env.get("LOG_LEVEL").orElseThrow()).value()).as("first merge source wins").isEqualTo("info");
        assertThat(env.get("LOG_LEVEL").orElseThrow().line()).as("merged value keeps its own line").isEqualTo(3);
    }

    @Test
    void rejectsDuplicateKeysNamingBothLines() {
        assertThatThrownBy(() -> SafeYaml.parse("a: 1\nb: 2\na: 3\n"))
                .isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("duplicate key 'a'")
                .hasMessageContaining("first on line 1")
                .satisfies(e -> assertThat(((YamlSyntaxException) e).line()).isEqualTo(3));
    }

    @Test
    void rejectsMalformedYamlWithItsLine() {
        assertThatThrownBy(() -> SafeYaml.parse("services:\n  api:\n    image: [unclosed\n"))
                .isInstanceOf(YamlSyntaxException.class)
                .satisfies(e -> assertThat(((YamlSyntaxException) e).line()).isGreaterThan(0));
    }

    @Test
    void refusesAliasBombsAndSelfReference() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
        for (int i = 0; i < 120; i++) {
            bomb.append("k").append(i).append(": *a\n");
        }
        assertThatThrownBy(() -> SafeYaml.parse(bomb.toString())).isInstanceOf(YamlSyntaxException.class);
        assertThatThrownBy(() -> SafeYaml.parse("a: &a [*a]\n")).isInstanceOf(YamlSyntaxException.class);
    }

    @Test
    void refusesSeveralDocumentsAndMergingAScalar() {
        assertThatThrownBy(() -> SafeYaml.parse("a: 1\n---\nb: 2\n")).isInstanceOf(YamlSyntaxException.class);
        assertThatThrownBy(() -> SafeYaml.parse("a:\n  <<: 3\n")).isInstanceOf(YamlSyntaxException.class)
                .hasMessageContaining("'<<' must merge a mapping");
    }

    @Test
    void emptyDocumentIsEmpty() {
        assertThat(SafeYaml.parse("# only a comment\n")).isEmpty();
    }
}
