package dev.upkeep.knowledge.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.NotFoundException;
import dev.upkeep.knowledge.Release;
import dev.upkeep.knowledge.ReleaseHistory;
import dev.upkeep.knowledge.ReplayServer;
import dev.upkeep.knowledge.ReplayServer.Reply;
import dev.upkeep.knowledge.SourceUnavailableException;
import dev.upkeep.knowledge.TestFetchers;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorded packuments come from the registry this machine reaches, a mirror that writes its own
 * dates into {@code time}: the tests assert what is parsed, never real-world release dates.
 */
class NpmRegistrySourceTest {
    @TempDir
    Path cacheDir;

    @RegisterExtension
    final ReplayServer server = ReplayServer.started();
    final List<Duration> slept = new ArrayList<>();
    final TestFetchers.MutableClock clock = new TestFetchers.MutableClock(Instant.parse("2026-11-21T08:00:00Z"));

    HttpFetcher fetcher() {
        return TestFetchers.fetcher(cacheDir, clock, slept, false);
    }

    NpmRegistrySource source(NpmConfig config) {
        return new NpmRegistrySource(fetcher(), URI.create(server.base()), config);
    }

    static Component npm(String name) {
        return Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).purl("pkg:npm/" + name.replace("@", "%40")).build();
    }

    static Path recorded(String file) throws Exception {
        return Path.of(NpmRegistrySourceTest.class.getResource(file).toURI());
    }

    @Test
    void enginesPeerDependenciesTagsAndTimesPerVersion() throws Exception {
        server.on("/eslint-plugin-prettier", Reply.file(recorded("eslint-plugin-prettier.json"), "Content-Type", "application/json"));
        ReleaseHistory h = source(NpmConfig.empty()).releases(npm("eslint-plugin-prettier"));
        assertThat(h.source()).isEqualTo("npm");
        assertThat(h.releases()).as("releases of eslint-plugin-prettier.json").hasSize(59);
        assertThat(h.distTags()).containsEntry("latest", "5.5.7");
        assertThat(h.deprecated()).isNull();
        Release latest = h.release("5.5.7").orElseThrow();
        assertThat(latest.engines()).containsEntry("node", "^14.18.0 || >=16.0.0");
        assertThat(latest.peerDependencies()).containsEntry("eslint", ">=8.0.0").containsEntry("prettier", ">=3.0.0")
                .containsKey("eslint-config-prettier").hasSize(4);
        assertThat(latest.dependencies()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("prettier-linter-helpers", "^1.0.1", "synckit", "^0.12.3"));
        assertThat(latest.yanked()).isFalse();
        assertThat(h.releases()).allSatisfy(r -> assertThat(r.published()).as("published of %s", r.version()).isNotNull());
        assertThat(h.release("1.0.0").orElseThrow().peerDependencies()).containsKey("eslint");
        assertThat(server.seen().get(0).header("Accept")).isEqualTo("application/json");
        assertThat(server.seen().get(0).header("Authorization")).isNull();
    }

    @Test
    void aScopedDeprecatedPackage() throws Exception {
        server.on("/@types%2fdotenv", Reply.file(recorded("types-dotenv.json")));
        ReleaseHistory h = source(NpmConfig.empty()).releases(npm("@types/dotenv"));
        assertThat(h.name()).isEqualTo("@types/dotenv");
        assertThat(h.deprecated()).as("deprecation of the latest version").startsWith("This is a stub types definition.");
        assertThat(h.release("8.2.0").orElseThrow().deprecated()).isNull();
        assertThat(h.release("8.2.1").orElseThrow().deprecated()).contains("dotenv provides its own type definitions");
        assertThat(h.releases()).hasSize(17);
    }

    @Test
    void aPlainPackage() throws Exception {
        server.on("/left-pad", Reply.file(recorded("left-pad.json")));
        ReleaseHistory h = source(NpmConfig.empty()).releases(npm("left-pad"));
        assertThat(h.releases()).extracting(Release::version).contains("0.0.0", "1.3.0").hasSize(15);
        assertThat(h.releases()).allSatisfy(r -> assertThat(r.engines()).isEmpty());
    }

    @Test
    void aVersionTimeListsButVersionsLostIsAnUnpublishedRelease() {
        server.on("/tiny", Reply.ok("""
                {"name":"tiny","dist-tags":{"latest":"1.1.0"},
                 "versions":{"1.0.0":{"version":"1.0.0","deprecated":""},"1.1.0":{"version":"1.1.0","engines":["node >= 0.4"]}},
                 "time":{"created":"2020-01-01T00:00:00.000Z","modified":"2020-03-01T00:00:00.000Z",
                         "1.0.0":"2020-01-01T00:00:00.000Z","1.0.1":"2020-02-01T00:00:00.000Z","1.1.0":"2020-03-01T00:00:00.000Z"},
                 "readme":"# tiny"}"""));
        ReleaseHistory h = source(NpmConfig.empty()).releases(npm("tiny"));
        assertThat(h.releases()).extracting(Release::version).containsExactly("1.0.0", "1.1.0", "1.0.1");
        Release gone = h.release("1.0.1").orElseThrow();
        assertThat(gone.yanked()).isTrue();
        assertThat(gone.published()).isEqualTo(Instant.parse("2020-02-01T00:00:00Z"));
        assertThat(h.release("1.0.0").orElseThrow().deprecated()).as("an empty deprecation message").isNull();
        assertThat(h.release("1.1.0").orElseThrow().engines()).as("engines written as an array").isEmpty();
    }

    @Test
    void aMissingPackageIsNotFoundAndAnUnpublishedOneToo() {
        assertThatThrownBy(() -> source(NpmConfig.empty()).releases(npm("no-such-package")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-package");
        server.on("/gone", Reply.ok("""
                {"name":"gone","time":{"created":"2020-01-01T00:00:00.000Z",
                 "unpublished":{"time":"2021-01-01T00:00:00.000Z","versions":["1.0.0"]}}}"""));
        assertThatThrownBy(() -> source(NpmConfig.empty()).releases(npm("gone")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("gone was unpublished");
    }

    @Test
    void aDeadRegistryFallsBackToTheCachedPackumentAndSaysSo() throws Exception {
        server.on("/left-pad", Reply.file(recorded("left-pad.json")), Reply.status(503));
        NpmRegistrySource npm = source(NpmConfig.empty());
        Instant first = clock.instant();
        npm.releases(npm("left-pad"));
        clock.advance(Duration.ofHours(5));
        ReleaseHistory h = npm.releases(npm("left-pad"));
        assertThat(h.releases()).hasSize(15);
        assertThat(h.fetchedAt()).isEqualTo(first);
        assertThat(h.note()).contains("HTTP 503").contains("cached 5 h ago");
    }

    @Test
    void aFreshPackumentIsNotAskedForAgainWithinAnHour() throws Exception {
        server.on("/left-pad", Reply.file(recorded("left-pad.json")));
        NpmRegistrySource npm = source(NpmConfig.empty());
        npm.releases(npm("left-pad"));
        clock.advance(Duration.ofMinutes(59));
        assertThat(npm.releases(npm("left-pad")).note()).isNull();
        assertThat(server.count("/left-pad")).isEqualTo(1);
    }

    @Test
    void theNextRunReadsTheCachedHistoryWithoutAsking() throws Exception {
        server.on("/eslint-plugin-prettier", Reply.file(recorded("eslint-plugin-prettier.json")));
        ReleaseHistory first = source(NpmConfig.empty()).releases(npm("eslint-plugin-prettier"));
        clock.advance(Duration.ofMinutes(30));
        ReleaseHistory second = source(NpmConfig.empty()).releases(npm("eslint-plugin-prettier"));
        assertThat(second).as("the history read back from the cache").isEqualTo(first);
        assertThat(server.count("/eslint-plugin-prettier")).isEqualTo(1);
    }

    @Test
    void aRevalidatedPackumentKeepsItsHistory() throws Exception {
        server.on("/left-pad", Reply.file(recorded("left-pad.json"), "ETag", "W/\"15\""), Reply.status(304));
        ReleaseHistory first = source(NpmConfig.empty()).releases(npm("left-pad"));
        clock.advance(Duration.ofHours(2));
        ReleaseHistory again = source(NpmConfig.empty()).releases(npm("left-pad"));
        assertThat(server.seen().get(1).header("If-None-Match")).isEqualTo("W/\"15\"");
        assertThat(again.releases()).isEqualTo(first.releases());
        assertThat(again.fetchedAt()).isEqualTo(clock.instant());
        assertThat(again.note()).isNull();
    }

    @Test
    void freshForIsConfigurablePerSource() throws Exception {
        server.on("/left-pad", Reply.file(recorded("left-pad.json")));
        HttpFetcher.Settings s = new HttpFetcher.Settings(Duration.ofSeconds(2), Duration.ofMillis(700), 1, Duration.ofMillis(1),
                Duration.ofSeconds(1), 4, new dev.upkeep.knowledge.Freshness(null, Map.of("npm", Duration.ofMinutes(5))));
        NpmRegistrySource npm = new NpmRegistrySource(new HttpFetcher(new dev.upkeep.knowledge.DiskCache(cacheDir), clock, s, slept::add, false),
                URI.create(server.base()), NpmConfig.empty());
        npm.releases(npm("left-pad"));
        clock.advance(Duration.ofMinutes(4));
        npm.releases(npm("left-pad"));
        assertThat(server.count("/left-pad")).as("within five minutes").isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        npm.releases(npm("left-pad"));
        assertThat(server.count("/left-pad")).as("after five minutes").isEqualTo(2);
    }

    @Test
    void aBodyThatIsNotJsonIsAnOutageNamingThePackage() {
        server.on("/broken", Reply.ok("<html>proxy error</html>"));
        assertThatThrownBy(() -> source(NpmConfig.empty()).releases(npm("broken")))
                .isInstanceOf(SourceUnavailableException.class).isNotInstanceOf(NotFoundException.class)
                .hasMessageContaining("broken").hasMessageContaining("not valid JSON");
    }

    @Test
    void aScopeGoesToItsRegistryWithItsTokenAndOthersGoWithout() {
        NpmConfig config = NpmConfig.parse("""
                @corp:registry=%s/corp-npm/
                //127.0.0.1:%d/corp-npm/:_authToken=${NPM_TOKEN}
                """.formatted(server.base(), URI.create(server.base()).getPort()), Map.of("NPM_TOKEN", "s3cret-token"));
        server.on("/corp-npm/@corp%2fui", Reply.ok("{\"name\":\"@corp/ui\",\"versions\":{\"1.0.0\":{}},\"dist-tags\":{\"latest\":\"1.0.0\"}}"));
        server.on("/left-pad", Reply.ok("{\"name\":\"left-pad\",\"versions\":{}}"));
        NpmRegistrySource npm = source(config);
        assertThat(npm.releases(npm("@corp/ui")).distTags()).containsEntry("latest", "1.0.0");
        npm.releases(npm("left-pad"));
        assertThat(server.seen().get(0).path()).isEqualTo("/corp-npm/@corp%2fui");
        assertThat(server.seen().get(0).header("Authorization")).isEqualTo("Bearer s3cret-token");
        assertThat(server.seen().get(1).path()).isEqualTo("/left-pad");
        assertThat(server.seen().get(1).header("Authorization")).as("token sent outside its registry path").isNull();
    }

    @Test
    void noTokenInMessagesNotesOrToString() {
        NpmConfig config = NpmConfig.parse("""
                registry=%s/
                //127.0.0.1:%d/:_authToken=s3cret-token
                """.formatted(server.base(), URI.create(server.base()).getPort()), Map.of());
        server.on("/private", Reply.ok("{\"name\":\"private\",\"versions\":{}}"), Reply.status(500));
        NpmRegistrySource npm = source(config);
        npm.releases(npm("private"));
        clock.advance(Duration.ofHours(2));
        ReleaseHistory stale = npm.releases(npm("private"));
        assertThat(stale.note()).isNotNull().doesNotContain("s3cret");
        assertThat(stale.toString()).doesNotContain("s3cret");
        server.on("/other", Reply.status(500));
        assertThatThrownBy(() -> npm.releases(npm("other"))).hasMessageNotContaining("s3cret");
        server.on("/forbidden", Reply.status(401, "WWW-Authenticate", "Bearer realm=\"npm\""));
        assertThatThrownBy(() -> npm.releases(npm("forbidden"))).hasMessageNotContaining("s3cret");
        assertThat(config.toString()).doesNotContain("s3cret").contains("//127.0.0.1:");
        assertThat(server.seen()).allSatisfy(s -> assertThat(s.header("Authorization")).isEqualTo("Bearer s3cret-token"));
    }

    @Test
    void namesNpmCannotServeAreNotSupported() {
        NpmRegistrySource npm = source(NpmConfig.empty());
        assertThat(npm.supports(npm("@types/node"))).isTrue();
        assertThat(npm.supports(npm("../etc/passwd"))).isFalse();
        assertThat(npm.supports(Component.builder(Ecosystem.PYPI, Kind.PACKAGE, "requests").purl("pkg:pypi/requests").build())).isFalse();
        assertThat(npm.packumentUri("@types/node").toString()).isEqualTo(server.base() + "/@types%2fnode");
    }
}
