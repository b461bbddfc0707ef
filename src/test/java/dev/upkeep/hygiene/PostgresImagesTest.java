package dev.upkeep.hygiene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresImagesTest {
    @Test
    void readsTheLowestMajorFromComposeAndDockerfiles() {
        LintContext context = FakeLint.context(Map.of(
                "compose.yaml", "services:\n  db:\n    image: postgres:16.4-alpine\n",
                "ops/docker-compose.analytics.yml", "services:\n  gis:\n    image: \"postgis/postgis:15-3.4\"\n",
                "db/Dockerfile", "FROM pgvector/pgvector:pg17\n",
                "README.md", "image: postgres:9.6 is what we had\n"));
        assertThat(context.postgresMajor()).contains(15);
    }

    @Test
    void emptyWhenNoImageSaysSo() {
        assertThat(FakeLint.context(Map.of("compose.yaml", "services:\n  db:\n    image: mysql:8\n")).postgresMajor()).isEmpty();
        assertThat(FakeLint.context(Map.of("compose.yaml", "services:\n  db:\n    image: postgres\n")).postgresMajor()).isEmpty();
    }
}
