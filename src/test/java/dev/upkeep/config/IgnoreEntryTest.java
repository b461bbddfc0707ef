package dev.upkeep.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Severity;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IgnoreEntryTest {
    private static final Finding FINDING = Finding.of("compose/privileged", "cadvisor", Severity.HIGH, "m",
            new Location("ops/compose.yaml", 12), "f");

    private static IgnoreEntry entry(String id, String path) {
        return new IgnoreEntry(Glob.of(id), Optional.ofNullable(path).map(Glob::of), "reason", LocalDate.of(2027, 1, 31), 3);
    }

    @Test
    void matchesRuleIdSubjectOrFindingId() {
        assertThat(entry("compose/privileged", null).matches(FINDING)).isTrue();
        assertThat(entry("compose/*", null).matches(FINDING)).isTrue();
        assertThat(entry("cadvisor", null).matches(FINDING)).as("subject").isTrue();
        assertThat(entry("compose/privileged:cadvisor@ops/compose.yaml", null).matches(FINDING)).as("finding id").isTrue();
        assertThat(entry("compose/docker-socket", null).matches(FINDING)).isFalse();
    }

    @Test
    void pathGlobNarrowsTheEntry() {
        assertThat(entry("compose/privileged", "ops/**").matches(FINDING)).isTrue();
        assertThat(entry("compose/privileged", "compose.yaml").matches(FINDING)).isFalse();
        Finding nowhere = Finding.of("probe/tls", "api", Severity.HIGH, "m", null, "f");
        assertThat(entry("probe/tls", "**").matches(nowhere)).as("a path never matches a finding without a place").isFalse();
    }

    @Test
    void holdsThroughItsUntilDay() {
        IgnoreEntry e = entry("x/y", null);
        assertThat(e.expiredOn(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(e.expiredOn(LocalDate.of(2027, 2, 1))).isTrue();
    }
}
