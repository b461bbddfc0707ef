package dev.upkeep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.knowledge.ReplayServer.Reply;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class HttpFetcherTest {
    @TempDir
    Path cacheDir;

    @RegisterExtension
    final ReplayServer server = ReplayServer.started();
    final List<Duration> slept = new ArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:00Z"));

    HttpFetcher fetcher(boolean offline) {
        HttpFetcher.Settings s = new HttpFetcher.Settings(Duration.ofSeconds(2), Duration.ofMillis(700), 3,
                Duration.ofMillis(100), Duration.ofSeconds(60), 4);
        return new HttpFetcher(new DiskCache(cacheDir), clock, s, slept::add, offline);
    }

    @Test
    void aFreshCachedCopyIsUsedWithoutAsking() {
        server.on("/pkg", Reply.ok("{\"v\":1}", "ETag", "\"a\""));
        HttpFetcher f = fetcher(false);
        assertThat(f.get(server.uri("/pkg"), Map.of(), Duration.ofHours(1)).origin()).isEqualTo(Fetched.Origin.NETWORK);
        clock.advance(Duration.ofMinutes(30));
        Fetched again = f.get(server.uri("/pkg"), Map.of(), Duration.ofHours(1));
        assertThat(again.origin()).isEqualTo(Fetched.Origin.CACHE_FRESH);
        assertThat(again.text()).isEqualTo("{\"v\":1}");
        assertThat(server.count("/pkg")).as("requests for /pkg").isEqualTo(1);
    }

    @Test
    void aStaleCopyIsRevalidatedWithItsEtagAnd304KeepsIt() {
        server.on("/pkg", Reply.ok("{\"v\":1}", "ETag", "\"abc\"", "Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT"),
                Reply.status(304));
        HttpFetcher f = fetcher(false);
        f.get(server.uri("/pkg"), Map.of(), Duration.ofMinutes(5));
        clock.advance(Duration.ofHours(2));
        Fetched again = f.get(server.uri("/pkg"), Map.of(), Duration.ofMinutes(5));
        assertThat(again.origin()).isEqualTo(Fetched.Origin.REVALIDATED);
        assertThat(again.text()).isEqualTo("{\"v\":1}");
        assertThat(again.fetchedAt()).isEqualTo(clock.instant());
        ReplayServer.Seen second = server.seen().get(1);
        assertThat(second.header("If-None-Match")).isEqualTo("\"abc\"");
        assertThat(second.header("If-Modified-Since")).isEqualTo("Wed, 21 Oct 2026 07:28:00 GMT");
    }

    @Test
    void a429IsRetriedAfterTheTimeTheServerAsks() {
        server.on("/pkg", Reply.status(429, "Retry-After", "7"), Reply.ok("ok"));
        Fetched got = fetcher(false).get(server.uri("/pkg"), Map.of(), Duration.ZERO);
        assertThat(got.text()).isEqualTo("ok");
        assertThat(slept).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a500IsRetriedWithBackoff() {
        server.on("/pkg", Reply.status(500), Reply.status(503), Reply.ok("ok"));
        Fetched got = fetcher(false).get(server.uri("/pkg"), Map.of(), Duration.ZERO);
        assertThat(got.text()).isEqualTo("ok");
        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void aDeadOriginFallsBackToTheCacheAndSaysHowOld() {
        server.on("/pkg", Reply.ok("old"), Reply.status(500));
        HttpFetcher f = fetcher(false);
        f.get(server.uri("/pkg"), Map.of(), Duration.ZERO);
        clock.advance(Duration.ofHours(3));
        Fetched got = f.get(server.uri("/pkg"), Map.of(), Duration.ZERO);
        assertThat(got.origin()).isEqualTo(Fetched.Origin.CACHE_STALE);
        assertThat(got.text()).isEqualTo("old");
        assertThat(got.note()).contains("HTTP 500").contains("cached 3 h ago");
    }

    @Test
    void aDeadOriginWithNothingCachedIsSourceUnavailable() {
        server.on("/pkg", Reply.status(502));
        assertThatThrownBy(() -> fetcher(false).get(server.uri("/pkg"), Map.of(), Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("127.0.0.1 failed (HTTP 502)").hasMessageContaining("nothing is cached");
    }

    @Test
    void aHangingHostTimesOut() {
        server.on("/slow", Reply.hanging());
        assertThatThrownBy(() -> fetcher(false).get(server.uri("/slow"), Map.of(), Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("no answer within");
    }

    @Test
    void aTruncatedBodyIsAFailureNotData() {
        server.on("/cut", Reply.truncated("{\"versions\": {\"1.0.0\": {}}}", 10));
        assertThatThrownBy(() -> fetcher(false).get(server.uri("/cut"), Map.of(), Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("cut off");
    }

    @Test
    void notFoundIsAFactNotAnOutage() {
        assertThatThrownBy(() -> fetcher(false).get(server.uri("/missing"), Map.of(), Duration.ZERO))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("HTTP 404");
        assertThat(slept).as("no retry on 404").isEmpty();
    }

    @Test
    void offlineUsesOnlyTheCache() {
        server.on("/pkg", Reply.ok("cached"));
        fetcher(false).get(server.uri("/pkg"), Map.of(), Duration.ZERO);
        clock.advance(Duration.ofDays(3));
        Fetched got = fetcher(true).get(server.uri("/pkg"), Map.of(), Duration.ofHours(1));
        assertThat(got.origin()).isEqualTo(Fetched.Origin.CACHE_STALE);
        assertThat(got.note()).contains("offline").contains("3 days");
        assertThat(server.count("/pkg")).isEqualTo(1);
        assertThatThrownBy(() -> fetcher(true).get(server.uri("/other"), Map.of(), Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("not cached");
    }

    @Test
    void credentialsNeverAppearInMessages() {
        server.on("/private", Reply.status(500));
        assertThatThrownBy(() -> fetcher(false).get(server.uri("/private?token=s3cret"), Map.of("Authorization", "Bearer s3cret"), Duration.ZERO))
                .hasMessageNotContaining("s3cret");
        assertThat(server.seen().get(0).header("Authorization")).isEqualTo("Bearer s3cret");
    }

    @Test
    void linkAndContentTypeAreKeptWithTheBodyAndInTheCache() {
        server.on("/tags", Reply.ok("{}", "Link", "</tags?last=b>; rel=\"next\"", "Content-Type", "application/json",
                "Set-Cookie", "session=s3cret"));
        HttpFetcher f = fetcher(false);
        Fetched first = f.get(server.uri("/tags"), Map.of(), Duration.ofHours(1));
        assertThat(first.header("Link")).isEqualTo("</tags?last=b>; rel=\"next\"");
        assertThat(first.headers()).containsOnlyKeys("content-type", "link");
        Fetched cached = fetcher(true).get(server.uri("/tags"), Map.of(), Duration.ofHours(1));
        assertThat(cached.origin()).isEqualTo(Fetched.Origin.CACHE_FRESH);
        assertThat(cached.header("link")).isEqualTo("</tags?last=b>; rel=\"next\"");
    }

    @Test
    void aRedirectWithinTheOriginKeepsAuthorization() {
        server.on("/old", Reply.status(301, "Location", "/new"));
        server.on("/new", Reply.ok("moved"));
        Fetched got = fetcher(false).get(server.uri("/old"), Map.of("Authorization", "Bearer s3cret"), Duration.ZERO);
        assertThat(got.text()).isEqualTo("moved");
        assertThat(server.seen().get(1).header("Authorization")).isEqualTo("Bearer s3cret");
    }

    @Test
    void aRedirectToAnotherHostDropsAuthorization() {
        String otherHost = server.base().replace("127.0.0.1", "localhost");
        server.on("/pkg", Reply.status(302, "Location", otherHost + "/cdn/pkg"));
        server.on("/cdn/pkg", Reply.ok("from the cdn"));
        Fetched got = fetcher(false).get(server.uri("/pkg"), Map.of("Authorization", "Bearer s3cret", "Accept", "application/json"),
                Duration.ZERO);
        assertThat(got.text()).isEqualTo("from the cdn");
        ReplayServer.Seen atCdn = server.seen().get(1);
        assertThat(atCdn.header("Authorization")).as("Authorization sent to another host").isNull();
        assertThat(atCdn.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void aRedirectLoopEndsAfterFiveHops() {
        server.on("/loop", Reply.status(302, "Location", "/loop"));
        assertThatThrownBy(() -> fetcher(false).get(server.uri("/loop"), Map.of(), Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("HTTP 302");
        assertThat(server.count("/loop")).as("requests for /loop").isEqualTo(6);
    }

    @Test
    void getOrChallengeThrowsTheChallengeEvenWhenACopyIsCached() {
        String challenge = "Bearer realm=\"http://auth/token\",service=\"registry\"";
        server.on("/v2/tags", Reply.ok("old"), Reply.status(401, "WWW-Authenticate", challenge));
        HttpFetcher f = fetcher(false);
        f.get(server.uri("/v2/tags"), Map.of(), Duration.ZERO);
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> f.getOrChallenge(server.uri("/v2/tags"), Map.of(), Duration.ZERO))
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.challenge()).isEqualTo(challenge));
        assertThat(slept).as("a challenge is not retried").isEmpty();
        Fetched plain = f.get(server.uri("/v2/tags"), Map.of(), Duration.ZERO);
        assertThat(plain.origin()).as("get(...) after a 401").isEqualTo(Fetched.Origin.CACHE_STALE);
        assertThat(plain.note()).contains("HTTP 401");
    }

    @Test
    void getNoStoreNeverWritesTheCache() throws Exception {
        server.on("/token", Reply.ok("{\"token\":\"s3cret\"}"));
        HttpFetcher f = fetcher(false);
        assertThat(f.getNoStore(server.uri("/token"), Map.of()).text()).contains("s3cret");
        assertThat(new DiskCache(cacheDir).get(server.uri("/token"))).isEmpty();
        try (var files = java.nio.file.Files.walk(cacheDir)) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile)).as("files under the cache").isEmpty();
        }
        assertThatThrownBy(() -> fetcher(true).getNoStore(server.uri("/token"), Map.of()))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("offline");
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-11-21T08:00:00Z");
        assertThat(FetchMessages.retryAfter("120", now)).contains(Duration.ofSeconds(120));
        assertThat(FetchMessages.retryAfter("Sat, 21 Nov 2026 08:01:00 GMT", now)).contains(Duration.ofSeconds(60));
        assertThat(FetchMessages.retryAfter("soon", now)).isEmpty();
    }

    @Test
    void postSendsTheJsonBodyAndNeverCachesTheAnswer() {
        server.on("/v1/querybatch", Reply.ok("{\"results\":[]}"), Reply.ok("{\"results\":[{}]}"));
        HttpFetcher f = fetcher(false);
        Fetched first = f.post(server.uri("/v1/querybatch"), "{\"queries\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        Fetched second = f.post(server.uri("/v1/querybatch"), "{\"queries\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        assertThat(first.text()).isEqualTo("{\"results\":[]}");
        assertThat(second.text()).as("the second POST asks again").isEqualTo("{\"results\":[{}]}");
        assertThat(first.origin()).isEqualTo(Fetched.Origin.NETWORK);
        ReplayServer.Seen seen = server.seen().get(0);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.body()).isEqualTo("{\"queries\":[]}");
        assertThat(seen.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void aPostAnswered429IsRetriedAfterTheTimeTheServerAsks() {
        server.on("/q", Reply.status(429, "Retry-After", "3"), Reply.status(503), Reply.ok("done"));
        Fetched got = fetcher(false).post(server.uri("/q"), new byte[] {'{', '}'}, Map.of());
        assertThat(got.text()).isEqualTo("done");
        assertThat(slept).as("Retry-After, then the doubled backoff").containsExactly(Duration.ofSeconds(3), Duration.ofMillis(200));
        assertThat(server.seen()).allSatisfy(s -> assertThat(s.body()).as("body of every attempt").isEqualTo("{}"));
    }

    @Test
    void aPostThatKeepsFailingIsSourceUnavailableAndA4xxIsNotRetried() {
        server.on("/q", Reply.status(500));
        assertThatThrownBy(() -> fetcher(false).post(server.uri("/q"), new byte[0], Map.of()))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("HTTP 500").hasMessageContaining("POST");
        assertThat(server.count("/q")).isEqualTo(3);
        server.on("/bad", Reply.status(400));
        assertThatThrownBy(() -> fetcher(false).post(server.uri("/bad"), new byte[0], Map.of()))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("HTTP 400");
        assertThat(server.count("/bad")).as("a 400 is final").isEqualTo(1);
    }

    @Test
    void aPostRefusesToRunOfflineAndHonoursTheLongestRetryAfter() {
        assertThatThrownBy(() -> fetcher(true).post(server.uri("/q"), new byte[0], Map.of()))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("offline");
        assertThat(server.seen()).isEmpty();
        server.on("/q", Reply.status(429, "Retry-After", "3600"));
        assertThatThrownBy(() -> fetcher(false).post(server.uri("/q"), new byte[0], Map.of()))
                .hasMessageContaining("asked to retry after 60 min");
        assertThat(slept).as("no hour-long wait").isEmpty();
    }

    @Test
    void aHostThatRefusesConnectionsIsNotAskedAgainInTheSameRun() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort(); // closed on return: nothing listens there any more
        }
        HttpFetcher f = fetcher(false);
        java.net.URI first = java.net.URI.create("http://127.0.0.1:" + port + "/a");
        assertThatThrownBy(() -> f.get(first, Map.of(), Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("connection refused");
        assertThat(slept).as("no retries against a refused connection").isEmpty();
        java.net.URI second = java.net.URI.create("http://127.0.0.1:" + port + "/b");
        assertThatThrownBy(() -> f.get(second, Map.of(), Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("connection refused");
    }

    @Test
    void asksForGzipAndInflatesIt() throws Exception {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(buf)) {
            gz.write("{\"versions\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        server.on("/gz", Reply.ok(buf.toByteArray(), "Content-Encoding", "gzip"));
        Fetched got = fetcher(false).get(server.uri("/gz"), Map.of(), Duration.ZERO);
        assertThat(got.text()).isEqualTo("{\"versions\":{}}");
        assertThat(server.seen().get(0).header("Accept-Encoding")).isEqualTo("gzip");
        clock.advance(Duration.ofMinutes(1));
        assertThat(fetcher(true).get(server.uri("/gz"), Map.of(), Duration.ofHours(1)).text())
                .as("the cache keeps the inflated body").isEqualTo("{\"versions\":{}}");
    }

    @Test
    void brokenGzipIsAFailureNotData() {
        server.on("/badgz", Reply.ok(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0}, "Content-Encoding", "gzip"));
        assertThatThrownBy(() -> fetcher(false).get(server.uri("/badgz"), Map.of(), Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("cut off");
    }

    @Test
    void aGzippedPostAnswerIsInflated() throws Exception {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(buf)) {
            gz.write("{\"results\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        server.on("/q", Reply.ok(buf.toByteArray(), "Content-Encoding", "gzip"));
        assertThat(fetcher(false).post(server.uri("/q"), new byte[] {'{', '}'}, Map.of()).text()).isEqualTo("{\"results\":[]}");
        assertThat(server.seen().get(0).header("Accept-Encoding")).isEqualTo("gzip");
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
