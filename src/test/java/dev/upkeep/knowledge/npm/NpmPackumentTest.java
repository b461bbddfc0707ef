package dev.upkeep.knowledge.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NpmPackumentTest {
    /** Jackson refuses to build strings over 20 MB; a streamed packument never builds the readme at all. */
    @Test
    void aReadmeLargerThanJacksonsStringLimitIsSkippedNotBuilt() throws Exception {
        StringBuilder sb = new StringBuilder("{\"name\":\"big\",\"readme\":\"").append("x".repeat(21_000_000)).append("\",\"versions\":{");
        for (int i = 0; i < 2000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"1.0.").append(i).append("\":{\"readme\":\"").append("y".repeat(1000))
                    .append("\",\"engines\":{\"node\":\">=18\"},\"dependencies\":{\"a\":\"1\"}}");
        }
        sb.append("},\"time\":{\"1.0.1\":\"2024-01-01T00:00:00.000Z\"}}");
        NpmPackument p = NpmPackument.read(sb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(p.versions()).hasSize(2000);
        assertThat(p.versions().get(1).engines()).containsEntry("node", ">=18");
        assertThat(p.times()).containsOnlyKeys("1.0.1");
    }

    @Test
    void aCutOffDocumentIsAnErrorNotAShorterHistory() {
        assertThatThrownBy(() -> NpmPackument.read("{\"name\":\"x\",\"versions\":{\"1.0.0\":{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> NpmPackument.read("[1,2]".getBytes(StandardCharsets.UTF_8))).isInstanceOf(IOException.class);
    }
}
