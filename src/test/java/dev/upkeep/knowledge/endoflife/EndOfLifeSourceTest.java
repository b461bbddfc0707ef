package dev.upkeep.knowledge.endoflife;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.knowledge.DiskCache;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.LifecycleCycle;
import dev.upkeep.knowledge.Product;
import dev.upkeep.knowledge.ReplayServer;
import dev.upkeep.knowledge.ReplayServer.Reply;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EndOfLifeSourceTest {
    static final Path FIXTURES = Path.of("src/test/resources/dev/upkeep/knowledge/endoflife");

    @TempDir
    Path cache;

    @RegisterExtension
    final ReplayServer server = ReplayServer.started();
    final List<String> notes = new ArrayList<>();

    EndOfLifeSource source(boolean offline, Path snapshot) {
        HttpFetcher http = new HttpFetcher(new DiskCache(cache), Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC),
                new HttpFetcher.Settings(Duration.ofSeconds(1), Duration.ofSeconds(2), 1, Duration.ofMillis(1), Duration.ofSeconds(1), 4),
                d -> { }, offline);
        return new EndOfLifeSource(http, URI.create(server.base() + "/api/v1"), snapshot, notes::add);
    }

    @Test
    void findsAProductByAPurlOfTheImage() throws Exception {
        server.on("/api/v1/products/full", Reply.file(FIXTURES.resolve("full.json")));
        Product pg = source(false, null).productForPurl("pkg:docker/library/postgres@13.16-alpine").orElseThrow();
        assertThat(pg.name()).isEqualTo("postgresql");
        LifecycleCycle c13 = pg.cycle("13").orElseThrow();
        LocalDate today = LocalDate.parse("2026-11-21");
        assertThat(c13.eol(today)).as("13 is past 2025-11-13 although isEol says false").isTrue();
        assertThat(c13.daysToEol(today)).isEqualTo(-373L);
        assertThat(pg.cycle("17").orElseThrow().eol(today)).isFalse();
        assertThat(pg.cycle("9.6").orElseThrow().eol(today)).as("no date: the flag decides").isTrue();
    }

    @Test
    void findsAProductByNameOrAlias() throws Exception {
        server.on("/api/v1/products/full", Reply.file(FIXTURES.resolve("full.json")));
        server.on("/api/v1/products/postgresql", Reply.file(FIXTURES.resolve("postgresql.json")));
        EndOfLifeSource s = source(false, null);
        assertThat(s.product("postgres")).get().extracting(Product::name).isEqualTo("postgresql");
    }

    @Test
    void aDeadServiceFallsBackToTheImportedSnapshotAndSaysSo() {
        server.on("/api/v1/products/full", Reply.status(503));
        server.on("/api/v1/products/postgresql", Reply.status(503));
        EndOfLifeSource s = source(false, FIXTURES.resolve("snapshot"));
        assertThat(s.productForPurl("pkg:generic/postgresql")).isPresent();
        assertThat(s.product("postgresql")).isPresent();
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("HTTP 503").contains("snapshot"));
    }

    @Test
    void offlineWithoutDataSaysLifecyclesAreUnknown() {
        EndOfLifeSource s = source(true, null);
        assertThat(s.productForPurl("pkg:npm/next")).isEmpty();
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("lifecycles are unknown"));
        assertThat(server.seen()).isEmpty();
    }
}
