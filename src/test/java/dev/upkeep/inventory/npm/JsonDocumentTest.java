package dev.upkeep.inventory.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.inventory.FormatException;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {
    @Test
    void remembersTheLineOfEveryField() {
        JsonDocument doc = JsonDocument.parse("""
                {
                  "name": "x",
                  "dependencies": {
                    "@babel/core": "^7.0.0",
                    "react": "^18.2.0"
                  }
                }
                """, false);
        assertThat(doc.line("dependencies", "react")).as("line(dependencies, react)").isEqualTo(5);
        assertThat(doc.line("dependencies", "@babel/core")).as("line(dependencies, @babel/core)").isEqualTo(4);
        assertThat(doc.line("dependencies", "vue")).as("line of a missing field").isZero();
        assertThat(doc.root().path("name").asText()).isEqualTo("x");
    }

    @Test
    void lenientReadingAllowsTrailingCommasAndComments() {
        JsonDocument doc = JsonDocument.parse("{\n  // bun writes these\n  \"a\": [1, 2,],\n}\n", true);
        assertThat(doc.root().path("a").size()).as("parse(trailing commas).a").isEqualTo(2);
        assertThatThrownBy(() -> JsonDocument.parse("{\"a\": [1, 2,],}", false)).as("strict parse(trailing commas)")
                .isInstanceOf(FormatException.class);
    }

    @Test
    void malformedJsonNamesTheLine() {
        assertThatThrownBy(() -> JsonDocument.parse("{\n  \"a\": 1,\n  \"b\" 2\n}\n", false))
                .as("parse(missing colon)")
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith("malformed JSON")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(3);
    }

    @Test
    void refusesAnythingButAnObject() {
        assertThatThrownBy(() -> JsonDocument.parse("[1, 2]", false)).as("parse(array)")
                .isInstanceOf(FormatException.class).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> JsonDocument.parse("", false)).as("parse(empty)")
                .isInstanceOf(FormatException.class).hasMessageContaining("empty file");
        assertThatThrownBy(() -> JsonDocument.parse("{} {}", false)).as("parse(two objects)")
                .isInstanceOf(FormatException.class).hasMessageContaining("after the end");
    }
}
