package dev.upkeep.inventory.python;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.python.pdmlock.PdmLockExtractor;
import dev.upkeep.inventory.python.poetrylock.PoetryLockExtractor;
import dev.upkeep.inventory.python.pylock.PylockExtractor;
import dev.upkeep.inventory.python.uvlock.UvLockExtractor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TomlSubsetReaderTest {
    /** Every construct of the subset, the way uv writes them. */
    private static final String ALL = """
            version = 1
            revision = 0
            requires-python = ">=3.11"
            resolution-markers = [
                "python_full_version >= '3.12'",
                "python_full_version < '3.12'",
            ]
            empty = ""
            flag = true
            off = false

            [options]
            exclude-newer = "2024-03-25T00:00:00Z"

            [[package]]
            name = "black"
            version = "24.10.0"
            source = { registry = "https://pypi.org/simple" }
            dependencies = [
                { name = "click" },
                { name = "tomli", marker = "python_full_version < '3.11'", extra = ["a", "b"] },
            ]
            sdist = { url = "https://files.example/black.tar.gz", hash = "sha256:84", size = 645813 }
            wheels = [{ url = "https://files.example/black.whl", size = 0 }]
            nothing = []
            table = {}

            [package.optional-dependencies]
            d = [
                { name = "aiohttp" }
            ]

            [package.metadata]
            requires-dist = [{ name = "click", specifier = ">=8.0.0" }]

            [package.metadata.requires-dev]
            dev = [{ name = "pytest" }]

            [[package]]
            name = "click"

            [[manifest.dependency-groups]]
            name = "dev"

            [tool]
            [tool.uv]
            """;

    @Test
    void readsEveryConstructOfTheSubsetAsJacksonDoes() {
        ObjectNode fast = TomlSubsetReader.read(ALL);
        assertThat(fast).as("read(ALL)").isNotNull().isEqualTo(Toml.parse(ALL));
        assertThat(fast.path("package").get(0).path("sdist").path("size").isInt()).as("an integer is an int, as Jackson gives it").isTrue();
        assertThat(fast.path("flag").isBoolean()).isTrue();
    }

    /** Each input holds one thing outside the subset: the reader gives up, and Jackson reads or refuses it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "# a comment\nname = \"x\"\n",
        "name = \"x\" # a comment\n",
        "name = \"a \\\" b\"\n",
        "name = 'literal'\n",
        "name = \"\"\"multi\nline\"\"\"\n",
        "size = 1.5\n",
        "size = -1\n",
        "size = 1234567890\n",
        "size = 1_000\n",
        "size = 007\n",
        "when = 1979-05-27\n",
        "\"quoted\" = 1\n",
        "dotted.key = 1\n",
        "name\t= 1\n",
        "name = 1\r\nother = 2\r\n",
        "name = 1\nname = 2\n",
        "[a]\n[a]\n",
        "a = { b = 1 }\n[a.c]\n",
        "a = { b = 1 }\n[a]\n",
        "a = []\n[[a]]\n",
        "[a]\n[[a]]\n",
        "[[a]]\n[a]\n",
        "a = { b = 1, }\n",
        "a = { b = [\n1] }\n",
        "",
        "name = \"caf\u00e9\"\n",
        "[ a ]\n",
        "a = inf\n",
        "a = truely\n",
        "a = 1 2\n",
    })
    void leavesEverythingElseToJackson(String text) {
        assertThat(TomlSubsetReader.read(text)).as("read(%s)", text).isNull();
    }

    /**
     * Every TOML lockfile fixture: where the reader takes it, the same tree as Jackson; with a comment
     * appended the reader gives up, and the extraction through Jackson is the same.
     */
    @Test
    void fastAndJacksonAgreeOnEveryLockfileFixture() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("").toURI());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> p.toString().endsWith(".lock") || p.toString().endsWith("pylock.toml")).forEach(files::add);
        }
        int fast = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            ObjectNode tree = TomlSubsetReader.read(text);
            if (tree == null) {
                continue;
            }
            fast++;
            String name = root.relativize(f).toString();
            assertThat(tree).as("read(%s) vs Jackson", name).isEqualTo(Toml.parse(text));
            String commented = text + "\n# a comment: outside the subset\n";
            assertThat(TomlSubsetReader.read(commented)).as("read(%s + comment)", name).isNull();
            Extractor x = extractor(name);
            assertThat(extractOrError(x, f.getFileName().toString(), commented)).as("extract(%s + comment) via Jackson", name)
                    .isEqualTo(extractOrError(x, f.getFileName().toString(), text));
        }
        assertThat(fast).as("fixtures read by TomlSubsetReader, of %s", files).isGreaterThanOrEqualTo(4);
    }

    private static Extractor extractor(String fixture) {
        return fixture.startsWith("uvlock") ? new UvLockExtractor()
                : fixture.startsWith("poetrylock") ? new PoetryLockExtractor()
                : fixture.startsWith("pdmlock") ? new PdmLockExtractor()
                : new PylockExtractor();
    }

    private static Object extractOrError(Extractor x, String path, String text) {
        try {
            return Fixtures.extract(x, path, text);
        } catch (FormatException e) {
            return e.getMessage() + " at line " + e.line();
        }
    }
}
