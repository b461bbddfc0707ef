package dev.upkeep.knowledge.npmaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.DiskCache;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.ReplayServer;
import dev.upkeep.knowledge.ReplayServer.Reply;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class NpmBulkAdvisorySourceTest {
    static final String BULK = "/-/npm/v1/security/advisories/bulk";

    @TempDir
    Path dir;

    @RegisterExtension
    final ReplayServer server = ReplayServer.started();

    static Component npm(String name, String version) {
        return Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).version(version).purl("pkg:npm/" + name + "@" + version)
                .location("package-lock.json", 1).build();
    }

    NpmBulkAdvisorySource source(boolean offline, Map<String, String> headers) {
        HttpFetcher.Settings s = new HttpFetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), 2, Duration.ofMillis(10),
                Duration.ofSeconds(5), 4);
        HttpFetcher http = new HttpFetcher(new DiskCache(dir), Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC), s,
                d -> { }, offline);
        return new NpmBulkAdvisorySource(http, URI.create(server.base() + "/"), headers);
    }

    void replayRecorded() throws IOException {
        server.on(BULK, Reply.file(Path.of("src/test/resources/dev/upkeep/knowledge/npmaudit/bulk-axios-next.json")));
    }

    @Test
    void asksForEveryInstalledVersionOnceAndKeysTheAnswerByPackage() throws IOException {
        replayRecorded();
        Map<String, List<Advisory>> got = source(false, Map.of("Authorization", "Bearer npm_s3cret")).advisories(List.of(
                npm("axios", "1.6.2"), npm("next", "14.1.0"), npm("axios", "0.27.2"), npm("axios", "1.6.2"), npm("react", "18.2.0")));
        ReplayServer.Seen seen = server.seen().get(0);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.body()).isEqualTo("{\"axios\":[\"0.27.2\",\"1.6.2\"],\"next\":[\"14.1.0\"],\"react\":[\"18.2.0\"]}");
        assertThat(seen.header("Authorization")).isEqualTo("Bearer npm_s3cret");
        assertThat(got.get("pkg:npm/axios")).extracting(Advisory::id).containsExactly("GHSA-8hc4-vh64-cxmj", "GHSA-wf5p-g6vw-rhxx");
        assertThat(got.get("pkg:npm/next")).extracting(Advisory::id).containsExactly("GHSA-fr5h-rqp8-mj6g", "NPM-1099999");
        assertThat(got.get("pkg:npm/react")).as("a package the answer does not name has no advisories").isEmpty();
    }

    @Test
    void keepsNpmsOwnRangeAndTheFixesItsBoundsName() throws IOException {
        replayRecorded();
        Advisory csrf = source(false, Map.of()).advisories(List.of(npm("axios", "0.27.2"))).get("pkg:npm/axios").get(1);
        assertThat(csrf.affected()).singleElement().satisfies(af -> {
            assertThat(af.ecosystem()).isEqualTo("npm");
            assertThat(af.ranges()).containsExactly(Advisory.Range.nativeRange(">=0.8.1 <0.28.0 || >=1.0.0 <1.6.0", List.of("0.28.0", "1.6.0")));
        });
        assertThat(csrf.severity()).as("npm's label wins over the vector").isEqualTo(Severity.MEDIUM);
        assertThat(csrf.severityBasis()).isEqualTo("label");
        assertThat(csrf.cvssScore()).isEqualTo(6.5);
        assertThat(csrf.sources()).containsExactly("npm-audit");
    }

    @Test
    void withoutALabelTheSeverityComesFromTheVectorV3OrV4() throws IOException {
        replayRecorded();
        List<Advisory> next = source(false, Map.of()).advisories(List.of(npm("next", "14.1.0"))).get("pkg:npm/next");
        assertThat(next.get(0).severityBasis()).isEqualTo("cvss");
        assertThat(next.get(0).severity()).as("CVSS 3.1 7.5").isEqualTo(Severity.HIGH);
        assertThat(next.get(1).severityBasis()).isEqualTo("cvss");
        assertThat(next.get(1).cvssScore()).isEqualTo(9.3);
        assertThat(next.get(1).severity()).as("CVSS 4.0 9.3").isEqualTo(Severity.CRITICAL);
    }

    @Test
    void fixesAreTheExclusiveUpperBounds() {
        assertThat(BulkAdvisory.fixes(">=1.0.0 <1.6.3 || >=2.0.0 < 2.1.0-rc.1")).containsExactly("1.6.3", "2.1.0-rc.1");
        assertThat(BulkAdvisory.fixes("<=1.7.3")).as("an inclusive bound names no fix").isEmpty();
        assertThat(BulkAdvisory.fixes("1.0.0 - 1.2.0")).isEmpty();
    }

    @Test
    void aRefusingRegistryMakesTheSourceUnavailableWithoutLeakingTheToken() {
        server.on(BULK, Reply.status(405));
        assertThatThrownBy(() -> source(false, Map.of("Authorization", "Bearer npm_s3cret")).advisories(List.of(npm("axios", "1.6.2"))))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("HTTP 405").hasMessageNotContaining("s3cret");
        server.on("/other" + BULK, Reply.ok("[1, 2]"));
        HttpFetcher.Settings s = HttpFetcher.Settings.defaults();
        assertThatThrownBy(() -> new NpmBulkAdvisorySource(new HttpFetcher(new DiskCache(dir), Clock.systemUTC(), s, d -> { }, false),
                URI.create(server.base() + "/other"), Map.of()).advisories(List.of(npm("axios", "1.6.2"))))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("object of packages");
    }

    @Test
    void offlineItCannotAnswerAndWithoutNpmPackagesItDoesNotAsk() {
        assertThatThrownBy(() -> source(true, Map.of()).advisories(List.of(npm("axios", "1.6.2"))))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("offline");
        Component python = Component.builder(Ecosystem.PYPI, Kind.PACKAGE, "jinja2").version("3.1.2").purl("pkg:pypi/jinja2@3.1.2")
                .location("requirements.txt", 1).build();
        assertThat(source(false, Map.of()).advisories(List.of(python))).isEmpty();
        assertThat(server.seen()).isEmpty();
    }
}
