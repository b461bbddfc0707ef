package dev.upkeep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.UpkeepException;
import dev.upkeep.knowledge.Freshness;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeOptionsTest {
    @Test
    void freshForTakesOneAgeAgesPerSourceOrBoth() {
        assertThat(KnowledgeOptions.parseFreshness("15m", "--fresh-for")).isEqualTo(new Freshness(Duration.ofMinutes(15), Map.of()));
        assertThat(KnowledgeOptions.parseFreshness("npm=15m, pypi=2h", "--fresh-for"))
                .isEqualTo(new Freshness(null, Map.of("npm", Duration.ofMinutes(15), "pypi", Duration.ofHours(2))));
        assertThat(KnowledgeOptions.parseFreshness("1d,npm=10m", "--fresh-for"))
                .isEqualTo(new Freshness(Duration.ofDays(1), Map.of("npm", Duration.ofMinutes(10))));
        assertThat(KnowledgeOptions.parseFreshness("0", "--fresh-for")).isEqualTo(Freshness.REFRESH);
    }

    @Test
    void aWrongAgeOrSourceIsAUsageErrorNamingWhereItCameFrom() {
        assertThatThrownBy(() -> KnowledgeOptions.parseFreshness("npm=soon", "UPKEEP_FRESH_FOR"))
                .isInstanceOf(UpkeepException.class).hasMessageStartingWith("UPKEEP_FRESH_FOR: ").hasMessageContaining("'soon' is not a duration");
        assertThatThrownBy(() -> KnowledgeOptions.parseFreshness("cargo=1h", "--fresh-for"))
                .isInstanceOf(UpkeepException.class).hasMessageContaining("'cargo' is not a source");
    }

    @Test
    void refreshWinsAndTheVariableIsTheDefault() {
        KnowledgeOptions o = new KnowledgeOptions();
        assertThat(o.freshness(Map.of())).isEqualTo(Freshness.DEFAULTS);
        assertThat(o.freshness(Map.of("UPKEEP_FRESH_FOR", "npm=5m"))).isEqualTo(new Freshness(null, Map.of("npm", Duration.ofMinutes(5))));
        o.freshFor = "2h";
        assertThat(o.freshness(Map.of("UPKEEP_FRESH_FOR", "npm=5m"))).isEqualTo(new Freshness(Duration.ofHours(2), Map.of()));
        o.refresh = true;
        assertThat(o.freshness(Map.of("UPKEEP_FRESH_FOR", "npm=5m"))).isEqualTo(Freshness.REFRESH);
    }
}
