package dev.upkeep.knowledge.docker;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DockerRegistrySourceTest {
    static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.constructed-anonymous-token.c2lnbmF0dXJl";
    static final String PAGE1 = "/v2/library/node/tags/list?n=1000";
    static final String PAGE2 = "/v2/library/node/tags/list?last=20.11.1-alpine3.19&n=1000";
    static final String TOKEN_PATH = "/token?service=registry.docker.io&scope=repository%3Alibrary%2Fnode%3Apull";

    @TempDir
    Path cacheDir;

    @RegisterExtension
    final ReplayServer server = ReplayServer.started();
    final List<Duration> slept = new ArrayList<>();
    final TestFetchers.MutableClock clock = new TestFetchers.MutableClock(Instant.parse("2026-11-21T08:00:00Z"));

    DockerRegistrySource source(Map<String, URI> registries) {
        return new DockerRegistrySource(TestFetchers.fetcher(cacheDir, clock, slept, false), URI.create(server.base()), registries);
    }

    static Component image(String name) {
        return Component.builder(Ecosystem.DOCKER, Kind.IMAGE, name).purl("pkg:docker/" + name).build();
    }

    static Path constructed(String file) throws Exception {
        return Path.of(DockerRegistrySourceTest.class.getResource(file).toURI());
    }

    String challenge() {
        return "Bearer realm=\"" + server.base() + "/token\",service=\"registry.docker.io\",scope=\"repository:library/node:pull\"";
    }

    void dockerHubNode() throws Exception {
        server.on(PAGE1, Reply.status(401, "WWW-Authenticate", challenge()),
                Reply.file(constructed("node-tags-page1.json"), "Content-Type", "application/json",
                        "Link", "</v2/library/node/tags/list?last=20.11.1-alpine3.19&n=1000>; rel=\"next\""));
        server.on(PAGE2, Reply.file(constructed("node-tags-page2.json"), "Content-Type", "application/json"));
        server.on(TOKEN_PATH, Reply.file(constructed("token.json")));
    }

    @Test
    void dockerHubTagsThroughTheTokenFlowAndEveryPage() throws Exception {
        dockerHubNode();
        ReleaseHistory h = source(Map.of()).releases(image("library/node"));
        assertThat(h.source()).isEqualTo("docker");
        assertThat(h.releases()).extracting(Release::version).hasSize(18)
                .startsWith("18", "18-alpine").contains("20.11.1-alpine3.19", "20.18.0").endsWith("lts-alpine");
        assertThat(h.releases()).allSatisfy(r -> assertThat(r.published()).as("published of tag %s", r.version()).isNull());
        assertThat(h.note()).isNull();
        List<String> order = server.seen().stream().map(ReplayServer.Seen::path).toList();
        assertThat(order).containsExactly(PAGE1, TOKEN_PATH, PAGE1, PAGE2);
        assertThat(server.seen().get(0).header("Authorization")).as("first, anonymous").isNull();
        assertThat(server.seen().get(1).header("Authorization")).as("to the realm").isNull();
        assertThat(server.seen().get(2).header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(server.seen().get(3).header("Authorization")).as("page 2 reuses the token").isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void theTokenStaysInMemoryAndOutOfTheCache() throws Exception {
        dockerHubNode();
        source(Map.of()).releases(image("library/node"));
        try (var files = Files.walk(cacheDir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(p)).as("cache file %s", p.getFileName()).doesNotContain("constructed-anonymous-token");
            }
        }
    }

    @Test
    void aFreshListIsServedFromTheCacheWithoutAToken() throws Exception {
        dockerHubNode();
        DockerRegistrySource docker = source(Map.of());
        docker.releases(image("library/node"));
        clock.advance(Duration.ofMinutes(30));
        assertThat(source(Map.of()).releases(image("library/node")).releases()).hasSize(18);
        assertThat(server.seen()).hasSize(4);
    }

    @Test
    void aFailingRegistryFallsBackToTheCachedPagesAndSaysSo() throws Exception {
        Reply page1 = Reply.file(constructed("node-tags-page1.json"),
                "Link", "</v2/library/node/tags/list?last=20.11.1-alpine3.19&n=1000>; rel=\"next\"");
        server.on(PAGE1, Reply.status(401, "WWW-Authenticate", challenge()), page1, Reply.status(401, "WWW-Authenticate", challenge()),
                Reply.status(503));
        server.on(PAGE2, Reply.file(constructed("node-tags-page2.json")), Reply.status(503));
        server.on(TOKEN_PATH, Reply.file(constructed("token.json")));
        source(Map.of()).releases(image("library/node"));
        clock.advance(Duration.ofHours(4));
        ReleaseHistory h = source(Map.of()).releases(image("library/node"));
        assertThat(h.releases()).hasSize(18);
        assertThat(h.note()).contains("HTTP 503").contains("cached 4 h ago");
        assertThat(h.fetchedAt()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
    }

    @Test
    void anotherRegistryIsAskedAtItsOwnHost() throws Exception {
        server.on("/v2/acme/app/tags/list?n=1000", Reply.file(constructed("ghcr-app-tags.json")));
        ReleaseHistory h = source(Map.of("ghcr.io", URI.create(server.base()))).releases(image("ghcr.io/acme/app"));
        assertThat(h.name()).isEqualTo("ghcr.io/acme/app");
        assertThat(h.releases()).extracting(Release::version).containsExactly("1.4.0", "1.4.1", "1.5.0-rc.1", "sha-3f2a9c1");
    }

    @Test
    void anUnknownRepositoryIsNotFound() {
        assertThatThrownBy(() -> source(Map.of()).releases(image("library/no-such-image")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("library/no-such-image");
    }

    @Test
    void aBasicChallengeIsNotAnsweredWithCredentials() {
        server.on("/v2/team/private/tags/list?n=1000", Reply.status(401, "WWW-Authenticate", "Basic realm=\"Registry\""));
        assertThatThrownBy(() -> source(Map.of()).releases(image("team/private")))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("asks for Basic credentials");
    }

    @Test
    void noTokenInMessagesWhenTheRegistryRejectsIt() throws Exception {
        server.on(PAGE1, Reply.status(401, "WWW-Authenticate", challenge()));
        server.on(TOKEN_PATH, Reply.file(constructed("token.json")));
        assertThatThrownBy(() -> source(Map.of()).releases(image("library/node")))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("HTTP 401")
                .hasMessageNotContaining("constructed-anonymous-token");
        server.on("/token?service=registry.docker.io&scope=repository%3Alibrary%2Fredis%3Apull", Reply.ok("token=" + TOKEN));
        server.on("/v2/library/redis/tags/list?n=1000", Reply.status(401, "WWW-Authenticate", challenge().replace("node", "redis")));
        assertThatThrownBy(() -> source(Map.of()).releases(image("redis")))
                .hasMessageContaining("not JSON").hasMessageNotContaining("constructed-anonymous-token")
                .satisfies(e -> assertThat(e.getCause()).as("cause of a token parse failure").isNull());
    }

    @Test
    void aBodyThatIsNotATagListIsAnOutage() {
        server.on("/v2/library/odd/tags/list?n=1000", Reply.ok("{\"errors\":[]}"));
        assertThatThrownBy(() -> source(Map.of()).releases(image("library/odd")))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("unreadable tag list for library/odd");
    }

    @Test
    void namesWithVariablesAreNotSupported() {
        DockerRegistrySource docker = source(Map.of());
        assertThat(docker.supports(image("library/node"))).isTrue();
        assertThat(docker.supports(image("${REGISTRY}/app"))).isFalse();
        assertThat(docker.supports(Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, "node").purl("pkg:generic/node").build())).isFalse();
    }
}
