package dev.upkeep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON report against a golden file: it is the documented contract (docs/json/lint.md).
 * Regenerate after an intended change with {@code -Dupkeep.regenerate=true} and review the diff.
 */
class LintJsonTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/upkeep/report/lint-sample.json");

    @Test
    void matchesTheGoldenFile() throws IOException {
        String json = LintJson.render(LintReports.sample(), "0.1.0");
        if (Boolean.getBoolean("upkeep.regenerate")) {
            Files.writeString(GOLDEN, json);
        }
        assertThat(json).as("LintJson.render(sample) vs %s", GOLDEN).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void cleanRunHasEmptyListsAndZeroCounts() {
        String json = LintJson.render(LintReports.clean(), "0.1.0");
        assertThat(json).contains("\"findings\" : [ ]", "\"problems\" : [ ]", "\"filesChecked\" : 3", "\"schemaVersion\" : 1");
    }
}
