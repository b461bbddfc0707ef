package dev.upkeep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void replacesARegularFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("plan.md");
        Files.writeString(target, "old");
        AtomicFile.write(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writesThroughADeviceInsteadOfReplacingIt() throws Exception {
        Path devNull = Path.of("/dev/null");
        AtomicFile.write(devNull, "discarded");
        assertThat(Files.isRegularFile(devNull)).as("/dev/null must stay a device").isFalse();
        assertThat(Files.exists(devNull)).isTrue();
    }
}
