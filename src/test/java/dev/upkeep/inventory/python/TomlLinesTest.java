package dev.upkeep.inventory.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomlLinesTest {
    private static final String LOCK = """
            version = 1

            [[package]]
            other = "value"
            name = "first"
            description = \"""
            name = "not-this"
            \"""

            [package.tool]
            name = "nested"

            [[package]]
            # name = "commented"
            name = 'second'
            deps = [
                "a",
                [1, 2], 'b',
            ]
            "quoted.key" = 1
            """;

    @Test
    void findsTheNameOfEachArrayTableEntry() {
        TomlLines lines = new TomlLines(LOCK);
        assertThat(lines.inArrayTable("package", 0, "name")).as("first package's name").isEqualTo(5);
        assertThat(lines.inArrayTable("package", 1, "name")).as("second package's name").isEqualTo(15);
        assertThat(lines.line(List.of("package", "0", "tool", "name"))).as("a table inside an entry").isEqualTo(11);
        assertThat(lines.inArrayTable("package", 2, "name")).as("no third entry").isZero();
    }

    @Test
    void findsArrayElementsInOrderAndQuotedKeys() {
        TomlLines lines = new TomlLines(LOCK);
        List<String> deps = List.of("package", "1", "deps");
        int a = lines.element(deps, "a", 0);
        assertThat(a).isEqualTo(17);
        assertThat(lines.element(deps, "b", a)).isEqualTo(18);
        assertThat(lines.element(deps, "missing", a)).as("falls back to the key").isEqualTo(16);
        assertThat(lines.line(List.of("package", "1", "quoted.key"))).isEqualTo(20);
    }

    @Test
    void fallsBackToTheNearestDeclaredParent() {
        TomlLines lines = new TomlLines("""
                [project]
                optional-dependencies = { dev = ["pytest"] }
                """);
        assertThat(lines.line(List.of("project", "optional-dependencies", "dev"))).isEqualTo(2);
        assertThat(lines.line(List.of("tool", "poetry"))).isZero();
    }
}
