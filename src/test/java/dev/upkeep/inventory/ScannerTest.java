package dev.upkeep.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.UpkeepException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {
    @TempDir
    Path root;

    /** A toy extractor for the core's tests: one "name=version" per line in files named deps.txt. */
    static final Extractor LINES = new Extractor() {
        @Override
        public String id() {
            return "test/lines";
        }

        @Override
        public String description() {
            return "name=version lines";
        }

        @Override
        public boolean wants(String path) {
            return path.endsWith("deps.txt");
        }

        @Override
        public Extraction extract(ExtractorInput input) throws IOException {
            String[] lines = input.text().split("\n");
            List<Component> out = new java.util.ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String[] kv = lines[i].split("=");
                if (kv.length != 2) {
                    throw new FormatException("expected name=version, got '" + lines[i] + "'", i + 1);
                }
                out.add(Component.builder(Ecosystem.NPM, Kind.PACKAGE, kv[0]).version(kv[1])
                        .purl(Purls.of(Ecosystem.NPM, kv[0], kv[1])).location(input.path(), i + 1).build());
            }
            return Extraction.of(out);
        }
    };

    private Inventory scan(Extractor... xs) {
        return new Scanner(List.of(xs), new Scanner.Options(1 << 20, true, 2)).scan(root, Scanner.Listener.NONE);
    }

    @Test
    void mergesTheSameComponentFromTwoFilesWithBothLocations() throws IOException {
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/deps.txt"), "react=18.2.0");
        Files.writeString(root.resolve("deps.txt"), "react=18.2.0\nleft-pad=1.3.0");
        Inventory inv = scan(LINES);
        assertThat(inv.partial()).as("scan(two files).partial").isFalse();
        assertThat(inv.components()).extracting(Component::name).as("scan(two files)").containsExactly("left-pad", "react");
        assertThat(inv.components().get(1).locations()).as("react's locations")
                .containsExactly(new Location("a/deps.txt", 1), new Location("deps.txt", 1));
        assertThat(inv.filesScanned()).isEqualTo(2);
    }

    @Test
    void aMalformedFileBecomesAProblemAndTheScanGoesOn() throws IOException {
        Files.createDirectories(root.resolve("bad"));
        Files.writeString(root.resolve("bad/deps.txt"), "react=18.2.0\nnonsense");
        Files.writeString(root.resolve("deps.txt"), "vue=3.4.0");
        Inventory inv = scan(LINES);
        assertThat(inv.partial()).as("scan(malformed).partial").isTrue();
        assertThat(inv.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(new Location("bad/deps.txt", 2));
            assertThat(p.message()).contains("expected name=version");
            assertThat(p.source()).isEqualTo("test/lines");
        });
        assertThat(inv.components()).extracting(Component::name).containsExactly("vue");
    }

    @Test
    void aBinaryFileNamedLikeALockfileIsAProblem() throws IOException {
        Files.write(root.resolve("deps.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        Inventory inv = scan(LINES);
        assertThat(inv.problems()).singleElement().extracting(p -> p.message()).asString().contains("binary");
    }

    @Test
    void aHugeFileIsSkippedWithAProblem() throws IOException {
        Files.writeString(root.resolve("deps.txt"), "a=1\n".repeat(400_000));
        Inventory inv = scan(LINES);
        assertThat(inv.problems()).singleElement().extracting(p -> p.message()).asString().contains("over the 1 MiB limit");
        assertThat(inv.components()).isEmpty();
    }

    @Test
    void anUnreadableFileIsAProblemNamingIt() throws IOException {
        Files.writeString(root.resolve("deps.txt"), "a=1");
        Extractor denied = new Extractor() {
            public String id() { return "test/denied"; }
            public String description() { return "always denied"; }
            public boolean wants(String path) { return true; }
            public Extraction extract(ExtractorInput input) throws IOException {
                throw new AccessDeniedException(input.path());
            }
        };
        Inventory inv = scan(denied);
        assertThat(inv.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("deps.txt");
            assertThat(p.message()).isEqualTo("cannot read: permission denied");
        });
    }

    @Test
    void aJsonSyntaxErrorKeepsItsLine() throws IOException {
        Files.writeString(root.resolve("deps.txt"), "{\n  \"a\": 1,\n  oops\n}");
        Extractor json = new Extractor() {
            public String id() { return "test/json"; }
            public String description() { return "json"; }
            public boolean wants(String path) { return true; }
            public Extraction extract(ExtractorInput input) throws IOException {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(input.text());
                return Extraction.empty();
            }
        };
        Inventory inv = scan(json);
        assertThat(inv.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.message()).startsWith("malformed:");
        });
    }

    @Test
    void aMissingRootIsAUsageError() {
        assertThatThrownBy(() -> new Scanner(List.of(), Scanner.Options.defaults()).scan(root.resolve("nope"), Scanner.Listener.NONE))
                .isInstanceOf(UpkeepException.class).hasMessageContaining("no such folder");
    }
}
