package dev.upkeep.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void parsesTheUnitsOfUpkeepYml() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(Durations.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("1.5 s")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void rejectsWhatIsNotADuration() {
        for (String bad : new String[] {"", "10", "ten s", "10 parsecs", "5s junk"}) {
            assertThatThrownBy(() -> Durations.parse(bad)).as("parse(\"" + bad + "\")")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a duration");
        }
    }

    @Test
    void formatsShortly() {
        assertThat(Durations.format(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(Durations.format(Duration.ofMillis(12_500))).isEqualTo("12.5 s");
        assertThat(Durations.format(Duration.ofHours(26))).isEqualTo("26 h");
        assertThat(Durations.format(Duration.ofDays(3))).isEqualTo("3 days");
    }
}
