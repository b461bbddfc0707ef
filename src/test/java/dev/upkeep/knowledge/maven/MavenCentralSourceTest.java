package dev.upkeep.knowledge.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.NotFoundException;
import dev.upkeep.knowledge.Release;
import dev.upkeep.knowledge.ReleaseHistory;
import dev.upkeep.knowledge.ReplayServer;
import dev.upkeep.knowledge.ReplayServer.Reply;
import dev.upkeep.knowledge.SourceUnavailableException;
import dev.upkeep.knowledge.TestFetchers;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MavenCentralSourceTest {
    static final String DATABIND = "/maven2/com/fasterxml/jackson/core/jackson-databind/maven-metadata.xml";

    @TempDir
    Path cacheDir;

    @RegisterExtension
    final ReplayServer server = ReplayServer.started();
    final List<Duration> slept = new ArrayList<>();
    final TestFetchers.MutableClock clock = new TestFetchers.MutableClock(Instant.parse("2026-11-21T08:00:00Z"));

    MavenCentralSource source() {
        return new MavenCentralSource(TestFetchers.fetcher(cacheDir, clock, slept, false), URI.create(server.base() + "/maven2/"));
    }

    static Component maven(String name) {
        return Component.builder(Ecosystem.MAVEN, Kind.PACKAGE, name).purl("pkg:maven/" + name.replace(':', '/')).build();
    }

    static Path constructed(String file) throws Exception {
        return Path.of(MavenCentralSourceTest.class.getResource(file).toURI());
    }

    @Test
    void versionsInOrderWithLatestAndReleaseAsTags() throws Exception {
        server.on(DATABIND, Reply.file(constructed("jackson-databind.xml"), "Content-Type", "text/xml"));
        ReleaseHistory h = source().releases(maven("com.fasterxml.jackson.core:jackson-databind"));
        assertThat(h.source()).isEqualTo("maven");
        assertThat(h.releases()).extracting(Release::version).hasSize(9).startsWith("2.15.4").endsWith("2.17.2", "2.18.0-rc1");
        assertThat(h.releases()).allSatisfy(r -> assertThat(r.published()).isNull());
        assertThat(h.distTags()).containsEntry("latest", "2.18.0-rc1").containsEntry("release", "2.17.2");
    }

    @Test
    void anExternalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-FILE-CONTENT");
        server.on("/maven2/evil/x/maven-metadata.xml", Reply.ok("""
                <?xml version="1.0"?>
                <!DOCTYPE metadata [<!ENTITY xxe SYSTEM "%s">]>
                <metadata><groupId>evil</groupId><artifactId>x</artifactId>
                  <versioning><versions><version>&xxe;</version></versions></versioning></metadata>
                """.formatted(secret.toUri())));
        assertThatThrownBy(() -> source().releases(maven("evil:x")))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("unreadable maven-metadata.xml for evil:x")
                .hasMessageNotContaining("SECRET-FILE-CONTENT");
    }

    @Test
    void aMissingArtifactIsNotFound() {
        assertThatThrownBy(() -> source().releases(maven("org.example:nothing")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("org/example/nothing/maven-metadata.xml");
    }

    @Test
    void aFailingRepositoryFallsBackToTheCacheAndSaysSo() throws Exception {
        server.on(DATABIND, Reply.file(constructed("jackson-databind.xml")), Reply.status(500));
        MavenCentralSource maven = source();
        maven.releases(maven("com.fasterxml.jackson.core:jackson-databind"));
        clock.advance(Duration.ofHours(2));
        ReleaseHistory h = maven.releases(maven("com.fasterxml.jackson.core:jackson-databind"));
        assertThat(h.releases()).hasSize(9);
        assertThat(h.note()).contains("HTTP 500").contains("cached 2 h ago");
        assertThat(slept).as("backoff between retries").hasSize(2);
    }

    @Test
    void somethingThatIsNotMetadataIsAnOutage() {
        server.on("/maven2/org/example/html/maven-metadata.xml", Reply.ok("<html><body>Mirror maintenance</body></html>"));
        assertThatThrownBy(() -> source().releases(maven("org.example:html")))
                .isInstanceOf(SourceUnavailableException.class).isNotInstanceOf(NotFoundException.class)
                .hasMessageContaining("<html>");
    }

    @Test
    void onlyGroupAndArtifactNamesAreSupported() {
        MavenCentralSource maven = source();
        assertThat(maven.supports(maven("org.postgresql:postgresql"))).isTrue();
        assertThat(maven.supports(maven("postgresql"))).isFalse();
        assertThat(maven.supports(maven("org..evil:x"))).isFalse();
    }
}
