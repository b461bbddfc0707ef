package dev.upkeep.inventory.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArrayTableLinesTest {
    private static final String TRICKY = """
            version = 1
            note = \"""
            [[package]]
            name = "inside a string"
            \"""
            list = [
                "[[package]]", { name = "x" },
            ]

            [[package]]
            other = "value" # [[package]] in a comment
            name = "first"

            [package.tool]
            name = "nested"

            [[package.wheels]]
            name = "deeper"

            [[ "package" ]]
            # name = "commented"
            'name' = 'second'

            [[package]]
            description = '''
            name = "literal"'''
            name.first = 2

            [manifest]
            name = "not a package"

            [[package]]
            quote = \"""ends with a quote\"\"\"\"
            name = "last"
            """;

    @Test
    void findsEachTableAndItsNameLikeTomlLines() {
        ArrayTableLines.Lines lines = ArrayTableLines.scan(TRICKY, "package", "name");
        assertThat(lines).as("scan(TRICKY)").isNotNull();
        assertThat(lines.headers()).as("header lines").containsExactly(10, 20, 24, 32);
        assertThat(lines.keys()).as("name lines, 0 for none").containsExactly(12, 22, 0, 34);
        assertSameAsTomlLines("TRICKY", TRICKY, "package");
    }

    @Test
    void escapesInStringsAreFollowed() {
        String text = """
                [[package]]
                esc = "a \\" [[package]] \\\\"
                name = "x"
                lit = 'C:\\path' # a literal string has no escapes
                [[package]]
                name = "y"
                """;
        ArrayTableLines.Lines lines = ArrayTableLines.scan(text, "package", "name");
        assertThat(lines.headers()).as("scan(escapes) headers").containsExactly(1, 5);
        assertThat(lines.keys()).as("scan(escapes) names").containsExactly(3, 6);
        assertSameAsTomlLines("escapes", text, "package");
    }

    @Test
    void crAndCrlfLineBreaksCountOnce() {
        String text = "a = 1\r\n[[package]]\r\nname = \"x\"\r[[package]]\nname = \"y\"\n";
        assertThat(ArrayTableLines.scan(text, "package", "name").keys()).containsExactly(3, 5);
        assertSameAsTomlLines("mixed line breaks", text, "package");
    }

    @Test
    void leavesWhatItDoesNotReadToTomlLines() {
        assertThat(ArrayTableLines.scan("[[package]]\n\"na\\\"me\" = 1\n", "package", "name")).as("an escape in a key").isNull();
        assertThat(ArrayTableLines.scan("[[package]]\nname = \"unclosed\n", "package", "name")).as("an unclosed string").isNull();
    }

    @Test
    void inlineArraysHaveNoHeaders() {
        ArrayTableLines.Lines lines = ArrayTableLines.scan("package = [{ name = \"a\" }]\n", "package", "name");
        assertThat(lines.size()).as("TomlLock then asks TomlLines, since Jackson sees one table").isZero();
    }

    /** Every TOML lockfile fixture of the Python extractors: the one-pass scan agrees with TomlLines on every table. */
    @Test
    void agreesWithTomlLinesOnEveryLockfileFixture() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> p.toString().endsWith(".lock") || p.toString().endsWith("pylock.toml")).forEach(files::add);
        }
        assertThat(files).as("lockfile fixtures under " + root).hasSizeGreaterThan(8);
        for (Path f : files) {
            String text = Files.readString(f);
            assertSameAsTomlLines(f.toString(), text, f.toString().endsWith("pylock.toml") ? "packages" : "package");
        }
    }

    private static void assertSameAsTomlLines(String name, String text, String array) {
        ArrayTableLines.Lines fast = ArrayTableLines.scan(text, array, "name");
        if (fast == null) {
            return; // malformed fixtures: TomlLock never gets here, Jackson refuses them first
        }
        TomlLines slow = new TomlLines(text);
        for (int i = 0; i < fast.size(); i++) {
            assertThat(fast.line(i)).as("line of table %d in %s", i, name).isEqualTo(slow.inArrayTable(array, i, "name"));
        }
    }
}
