package dev.upkeep.knowledge.pypi;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PypiSourceTest {
    static final String PEP691 = "application/vnd.pypi.simple.v1+json";

    @TempDir
    Path cacheDir;

    @RegisterExtension
    final ReplayServer server = ReplayServer.started();
    final List<Duration> slept = new ArrayList<>();
    final TestFetchers.MutableClock clock = new TestFetchers.MutableClock(Instant.parse("2026-11-21T08:00:00Z"));

    PypiSource source(PipConfig pip) {
        return new PypiSource(TestFetchers.fetcher(cacheDir, clock, slept, false), URI.create(server.base()), pip);
    }

    static Component pypi(String name) {
        return Component.builder(Ecosystem.PYPI, Kind.PACKAGE, name).purl("pkg:pypi/" + name).build();
    }

    static Path constructed(String file) throws Exception {
        return Path.of(PypiSourceTest.class.getResource(file).toURI());
    }

    String withCredentials(String path) {
        return server.base().replace("http://", "http://alice:s3cret%21@") + path;
    }

    @Test
    void theJsonApiGivesTimesYankedFlagsAndRequiresPythonPerRelease() throws Exception {
        server.on("/pypi/requests/json", Reply.file(constructed("requests.json"), "Content-Type", "application/json"));
        ReleaseHistory h = source(PipConfig.none()).releases(pypi("requests"));
        assertThat(h.source()).isEqualTo("pypi");
        assertThat(h.releases()).extracting(Release::version).containsExactly("2.31.0", "2.32.0", "2.32.3", "3.0.0.dev0");
        assertThat(h.distTags()).containsExactly(java.util.Map.entry("latest", "2.32.3"));
        Release yanked = h.release("2.32.0").orElseThrow();
        assertThat(yanked.yanked()).as("2.32.0, every file yanked").isTrue();
        assertThat(h.release("2.31.0").orElseThrow().yanked()).isFalse();
        assertThat(h.release("2.31.0").orElseThrow().published()).as("first file's upload").isEqualTo(Instant.parse("2023-05-22T15:12:42.313790Z"));
        assertThat(h.release("2.31.0").orElseThrow().requiresPython()).isEqualTo(">=3.7");
        assertThat(h.release("3.0.0.dev0").orElseThrow().published()).as("a version without files").isNull();
        assertThat(h.release("2.32.3").orElseThrow().requiresDist()).as("info.requires_dist belongs to the latest")
                .hasSize(6).contains("idna<4,>=2.5");
        assertThat(h.release("2.31.0").orElseThrow().requiresDist()).as("not known from the project document").isEmpty();
    }

    @Test
    void oneVersionsRequiresDistIsFetchedOnlyWhenAskedFor() throws Exception {
        server.on("/pypi/requests/json", Reply.file(constructed("requests.json")));
        server.on("/pypi/requests/2.31.0/json", Reply.file(constructed("requests-2.31.0.json")));
        PypiSource pypi = source(PipConfig.none());
        pypi.releases(pypi("requests"));
        assertThat(server.count("/pypi/requests/2.31.0/json")).as("version documents fetched by releases()").isZero();
        Release r = pypi.release(pypi("Requests"), "2.31.0");
        assertThat(r.requiresDist()).contains("urllib3<3,>=1.21.1", "certifi>=2017.4.17").hasSize(6);
        assertThat(r.requiresPython()).isEqualTo(">=3.7");
        assertThat(r.published()).isEqualTo(Instant.parse("2023-05-22T15:12:42.313790Z"));
        assertThatThrownBy(() -> pypi.release(pypi("requests"), "9.9.9")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownProjectIsNotFound() {
        assertThatThrownBy(() -> source(PipConfig.none()).releases(pypi("no-such-project")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-project");
    }

    @Test
    void aFailingPypiFallsBackToTheCacheAndSaysHowOld() throws Exception {
        server.on("/pypi/requests/json", Reply.file(constructed("requests.json")), Reply.status(502));
        PypiSource pypi = source(PipConfig.none());
        pypi.releases(pypi("requests"));
        clock.advance(Duration.ofDays(2));
        ReleaseHistory h = pypi.releases(pypi("requests"));
        assertThat(h.releases()).hasSize(4);
        assertThat(h.note()).contains("HTTP 502").contains("2 days");
    }

    @Test
    void aTruncatedOrForeignBodyIsAnOutageNotAnEmptyProject() {
        server.on("/pypi/broken/json", Reply.ok("{\"info\": {\"name\": \"broken\""));
        assertThatThrownBy(() -> source(PipConfig.none()).releases(pypi("broken")))
                .isInstanceOf(SourceUnavailableException.class).isNotInstanceOf(NotFoundException.class)
                .hasMessageContaining("unreadable document for broken");
    }

    @Test
    void aPrivateSimpleIndexIsReadInItsJsonFormWithItsCredentials() throws Exception {
        server.on("/simple/fastapi/", Reply.file(constructed("simple-fastapi.json"), "Content-Type", PEP691));
        PypiSource pypi = source(PipConfig.of(withCredentials("/simple"), List.of()));
        ReleaseHistory h = pypi.releases(pypi("FastAPI"));
        assertThat(h.releases()).extracting(Release::version).containsExactly("0.110.0", "0.111.0", "0.112.0rc1", "0.112.0");
        assertThat(h.release("0.111.0").orElseThrow().yanked()).as("all files yanked, one with a reason").isTrue();
        assertThat(h.release("0.110.0").orElseThrow().published()).isEqualTo(Instant.parse("2024-02-24T20:33:35.123456Z"));
        assertThat(h.release("0.110.0").orElseThrow().requiresPython()).isEqualTo(">=3.8");
        assertThat(h.distTags()).containsEntry("latest", "0.112.0");
        ReplayServer.Seen seen = server.seen().get(0);
        assertThat(seen.header("Accept")).startsWith(PEP691);
        String basic = Base64.getEncoder().encodeToString("alice:s3cret!".getBytes(StandardCharsets.UTF_8));
        assertThat(seen.header("Authorization")).isEqualTo("Basic " + basic);
    }

    @Test
    void aSimpleIndexVersionsRequiresDistComesFromItsMetadataFile() throws Exception {
        server.on("/simple/fastapi/", Reply.file(constructed("simple-fastapi.json"), "Content-Type", PEP691));
        server.on("/packages/fastapi-0.110.0-py3-none-any.whl.metadata", Reply.file(constructed("fastapi-0.110.0-py3-none-any.whl.metadata")));
        PypiSource pypi = source(PipConfig.of(withCredentials("/simple/"), List.of()));
        Release r = pypi.release(pypi("fastapi"), "0.110.0");
        assertThat(r.requiresDist()).containsExactly("starlette<0.37.0,>=0.36.3",
                "pydantic!=1.8,!=1.8.1,!=2.0.0,!=2.0.1,!=2.1.0,<3.0.0,>=1.7.4", "typing-extensions>=4.8.0",
                "httpx>=0.23.0; extra == \"all\"");
        assertThat(r.requiresPython()).isEqualTo(">=3.8");
        assertThat(server.seen().get(1).header("Authorization")).as("same origin as the index").startsWith("Basic ");
        assertThat(pypi.release(pypi("fastapi"), "0.111.0").requiresDist()).as("no metadata file").isEmpty();
    }

    @Test
    void indexCredentialsStayWithTheIndexOrigin() {
        String otherHost = server.base().replace("127.0.0.1", "localhost");
        server.on("/simple/tiny/", Reply.ok("""
                {"meta":{"api-version":"1.0"},"name":"tiny","files":[
                 {"filename":"tiny-1.0-py3-none-any.whl","url":"%s/files/tiny-1.0-py3-none-any.whl","hashes":{},"core-metadata":true}]}
                """.formatted(otherHost), "Content-Type", PEP691));
        server.on("/files/tiny-1.0-py3-none-any.whl.metadata", Reply.ok("Metadata-Version: 2.1\nName: tiny\nRequires-Dist: six\n"));
        Release r = source(PipConfig.of(withCredentials("/simple/"), List.of())).release(pypi("tiny"), "1.0");
        assertThat(r.requiresDist()).containsExactly("six");
        assertThat(server.seen().get(1).header("Authorization")).as("credentials sent to the files host").isNull();
    }

    @Test
    void anHtmlOnlyIndexIsSaidToBeUnreadable() {
        server.on("/simple/flask/", Reply.ok("<!DOCTYPE html><html><body><a href=\"flask-3.0.0.tar.gz\">flask-3.0.0.tar.gz</a></body></html>",
                "Content-Type", "text/html; charset=utf-8"));
        assertThatThrownBy(() -> source(PipConfig.of(server.base() + "/simple/", List.of())).releases(pypi("flask")))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("text/html").hasMessageContaining("PEP 691");
    }

    @Test
    void anExtraIndexAnswersWhatPypiDoesNotKnow() {
        server.on("/extra/internal-lib/", Reply.ok("""
                {"meta":{"api-version":"1.0"},"name":"internal-lib","files":[
                 {"filename":"internal_lib-1.2.0.tar.gz","url":"internal_lib-1.2.0.tar.gz","hashes":{},"yanked":false}]}
                """, "Content-Type", PEP691));
        ReleaseHistory h = source(PipConfig.of(null, List.of(server.base() + "/extra/"))).releases(pypi("internal_lib"));
        assertThat(h.releases()).extracting(Release::version).containsExactly("1.2.0");
        assertThat(server.count("/pypi/internal-lib/json")).as("PyPI asked first").isEqualTo(1);
        assertThatThrownBy(() -> source(PipConfig.of(null, List.of(server.base() + "/extra/"))).releases(pypi("nowhere")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no configured index has nowhere");
    }

    @Test
    void indexCredentialsNeverAppearInMessagesNotesOrToString() {
        server.on("/simple/secret-lib/", Reply.ok("{\"meta\":{\"api-version\":\"1.0\"},\"files\":[]}", "Content-Type", PEP691),
                Reply.status(503));
        PipConfig pip = PipConfig.of(withCredentials("/simple/"), List.of(withCredentials("/other/")));
        PypiSource pypi = source(pip);
        pypi.releases(pypi("secret-lib"));
        clock.advance(Duration.ofHours(3));
        ReleaseHistory stale = pypi.releases(pypi("secret-lib"));
        assertThat(stale.note()).contains("HTTP 503").doesNotContain("s3cret").doesNotContain("alice");
        server.on("/simple/down/", Reply.status(500));
        assertThatThrownBy(() -> pypi.releases(pypi("down"))).hasMessageNotContaining("s3cret").hasMessageNotContaining("alice");
        assertThat(pip.toString()).doesNotContain("s3cret").doesNotContain("alice").contains("with credentials");
    }
}
