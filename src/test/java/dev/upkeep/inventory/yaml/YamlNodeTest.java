package dev.upkeep.inventory.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.inventory.FormatException;
import org.junit.jupiter.api.Test;

class YamlNodeTest {
    @Test
    void scalarsStayAsWrittenWithTheirLines() {
        YamlNode root = YamlNode.parse("""
                python: 3.10
                node: [18, 20]
                nothing: ~
                """);
        assertThat(root.get("python").text()).as("parse(python: 3.10).text").isEqualTo("3.10");
        assertThat(root.get("python").line()).isEqualTo(1);
        assertThat(root.get("node").items()).extracting(YamlNode::text).containsExactly("18", "20");
        assertThat(root.get("nothing").text()).as("a YAML null").isNull();
        assertThat(root.get("missing").get("deeper").isMissing()).as("navigation past a missing key").isTrue();
    }

    @Test
    void mergesApplyAndExplicitKeysWin() {
        YamlNode root = YamlNode.parse("""
                base: &base {image: a, restart: always}
                svc:
                  <<: *base
                  image: b
                """);
        assertThat(root.get("svc").entries()).as("parse(merge).svc").containsOnlyKeys("image", "restart");
        assertThat(root.get("svc").get("image").text()).isEqualTo("b");
        assertThat(root.get("svc").get("restart").line()).as("a merged value keeps its anchor's line").isEqualTo(1);
    }

    @Test
    void aBillionLaughsIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThatThrownBy(() -> YamlNode.parse(yaml.toString())).as("parse(billion laughs)").isInstanceOf(FormatException.class);
    }

    @Test
    void twoDocumentsAreAFormatError() {
        assertThatThrownBy(() -> YamlNode.parse("a: 1\n---\nb: 2\n")).as("parse(two documents)")
                .isInstanceOf(FormatException.class);
    }
}
