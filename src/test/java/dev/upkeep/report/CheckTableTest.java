package dev.upkeep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.CheckResult;
import dev.upkeep.probe.Measurement;
import dev.upkeep.probe.ProbeResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckTableTest {
    static CheckResult sample() {
        ProbeResult disk = ProbeResult.builder("disk", "/var/lib/postgresql")
                .measure("diskUsed", 91.25, "%").measure("diskAvailable", 5.5 * 1024 * 1024 * 1024, "bytes")
                .finding("probe/disk-usage", null, Severity.HIGH, "the file system of /var/lib/postgresql is 91.3% full", "Free space.",
                        Map.of("usedPct", "91.25"))
                .build().withElapsed(Duration.ofMillis(12));
        ProbeResult tls = ProbeResult.builder("tls", "api.example.com:443")
                .measure("daysLeft", "leaf api.example.com", 9.9, "days").measure("offered", "TLSv1", 0, "bool")
                .build().withElapsed(Duration.ofMillis(300));
        return new CheckResult(List.of(disk, tls), Duration.ofMillis(310), Duration.ofSeconds(120));
    }

    @Test
    void rowsShowMeasurementsForPeopleAndFindingsWithTheirFix() {
        String text = CheckTable.render(sample(), Style.PLAIN);
        assertThat(text).contains("diskUsed 91.3% · diskAvailable 5.5 GiB")
                .contains("daysLeft [leaf api.example.com] 9.9 days · offered [TLSv1] no")
                .contains("high      probe/disk-usage  the file system of /var/lib/postgresql is 91.3% full")
                .contains("fix: Free space.")
                .endsWith("2 targets: 2 probed, 0 not; 1 finding (1 high) in 310 ms (deadline 2 min).\n");
    }

    @Test
    void jsonKeepsNumbersAsNumbers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CheckJson.render(sample(), "check", "1.0"));
        assertThat(json.at("/results/0/measurements/0/value").doubleValue()).isEqualTo(91.25);
        assertThat(json.at("/results/0/measurements/1/value").isIntegralNumber()).isTrue();
        assertThat(json.at("/findings/0/evidence/usedPct").asText()).isEqualTo("91.25");
        assertThat(json.at("/findings/0/class").isNull()).isTrue();
        assertThat(json.at("/findings/0/target").asText()).isEqualTo("/var/lib/postgresql");
        assertThat(json.at("/summary/bySeverity/high").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/partial").asBoolean()).isFalse();
        assertThat(Measurement.of("x", 1, "ms").subject()).isNull();
    }
}
