package dev.upkeep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aWrongFlagIsOneLineAndAUsageHint() {
        Run r = run("scan", "--frmat", "json");
        assertThat(r.code()).as("exit code of scan --frmat").isEqualTo(2);
        assertThat(r.err().lines().toList()).as("stderr of scan --frmat").hasSizeLessThanOrEqualTo(3)
                .anySatisfy(l -> assertThat(l).startsWith("upkeep: Unknown option: '--frmat'"))
                .anySatisfy(l -> assertThat(l).contains("--help"));
        assertThat(r.err()).doesNotContain("at dev.upkeep");
    }

    @Test
    void aMissingPathIsAUsageErrorWithoutAStackTrace() {
        Run r = run("scan", "/no/such/stack");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("upkeep: no such folder: /no/such/stack").doesNotContain("\tat ");
    }

    @Test
    void stacktraceShowsWhereItFailed() {
        Run r = run("scan", "--stacktrace", "/no/such/stack");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("\tat dev.upkeep.");
    }

    @Test
    void anUnknownCommandSuggestsTheNearest() {
        Run r = run("scna");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("scan");
    }

    @Test
    void scanWritesJsonToAFileAtomically(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services: {}\n");
        Path out = dir.resolve("reports/inventory.json");
        Run r = run("scan", dir.toString(), "--format", "json", "-o", out.toString());
        assertThat(r.code()).as("scan -o: " + r.err()).isEqualTo(0);
        assertThat(Files.readString(out)).contains("\"schemaVersion\" : 1");
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactly("inventory.json");
        }
    }

    @Test
    void versionPrintsTheToolVersion() {
        Run r = run("--version");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).startsWith("upkeep ");
    }

    @Test
    void noCommandListsTheCommandsAsAUsageError() {
        Run r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Commands:").contains("scan").contains("drift").contains("lint");
    }
}
