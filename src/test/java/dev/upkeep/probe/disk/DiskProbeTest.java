package dev.upkeep.probe.disk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Outcome;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskProbeTest {
    static ProbeResult probe(DiskTarget t) {
        return new ProbeRunner(Clock.systemUTC(), Secrets.none()).run(DiskFamily.probes(List.of(t)), Duration.ofSeconds(10)).results().get(0);
    }

    @Test
    void usageIsMeasuredAsDfCountsIt(@TempDir Path dir) throws Exception {
        ProbeResult r = probe(new DiskTarget(dir, 100));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        double used = r.measurement("diskUsed", null).orElseThrow().value();
        var store = Files.getFileStore(dir);
        long u = store.getTotalSpace() - store.getUnallocatedSpace();
        double expected = 100.0 * u / (u + store.getUsableSpace());
        assertThat(used).as("diskUsed of " + dir).isCloseTo(expected, org.assertj.core.data.Offset.offset(1.0));
        assertThat(r.measurement("diskTotal", null).orElseThrow().value()).isEqualTo((double) store.getTotalSpace());
        assertThat(r.findings()).as("findings under a 100% threshold").isEmpty();
    }

    @Test
    void overTheThresholdIsAFinding(@TempDir Path dir) {
        ProbeResult r = probe(new DiskTarget(dir, 0.001));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("probe/disk-usage");
            assertThat(f.severity()).isIn(Severity.HIGH, Severity.CRITICAL);
            assertThat(f.evidence()).containsKeys("usedPct", "availableBytes").containsEntry("thresholdPct", "0.001");
        });
    }

    @Test
    void aPathThatIsNotThereFailsTheTarget(@TempDir Path dir) {
        ProbeResult r = probe(DiskTarget.of(dir.resolve("gone")));
        assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(r.error()).startsWith("no such file or folder");
    }
}
