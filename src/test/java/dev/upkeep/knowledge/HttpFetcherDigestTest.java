package dev.upkeep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.knowledge.ReplayServer.Reply;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link HttpFetcher#get(URI, Map, Duration, Digest)}: the cache keeps the digested value, not the body. */
class HttpFetcherDigestTest {
    @TempDir
    Path cacheDir;

    @RegisterExtension
    final ReplayServer server = ReplayServer.started();
    final List<Duration> slept = new ArrayList<>();
    final TestFetchers.MutableClock clock = new TestFetchers.MutableClock(Instant.parse("2026-11-21T08:00:00Z"));
    final Words words = new Words();

    /** Keeps the words of a body that must start with "words:"; counts how often it read a body. */
    static class Words implements Digest<List<String>> {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public String id() {
            return "test-words/1";
        }

        @Override
        public List<String> read(InputStream body) throws IOException {
            reads.incrementAndGet();
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.startsWith("words:")) {
                throw new IOException("not a word list");
            }
            return List.of(text.substring(6).strip().split("\\s+"));
        }

        @Override
        public void write(List<String> value, DataOutput out) throws IOException {
            out.writeInt(value.size());
            for (String w : value) {
                out.writeUTF(w);
            }
        }

        @Override
        public List<String> readCached(DataInput in) throws IOException {
            List<String> out = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                out.add(in.readUTF());
            }
            return out;
        }
    }

    HttpFetcher fetcher(boolean offline) {
        return TestFetchers.fetcher(cacheDir, clock, slept, offline);
    }

    HttpFetcher fetcher(Freshness freshness) {
        HttpFetcher.Settings s = new HttpFetcher.Settings(Duration.ofSeconds(2), Duration.ofMillis(700), 3,
                Duration.ofMillis(100), Duration.ofSeconds(60), 4, freshness);
        return new HttpFetcher(new DiskCache(cacheDir), clock, s, slept::add, false);
    }

    Digested<List<String>> get(HttpFetcher f, String path, Duration freshFor) {
        return f.get(server.uri(path), Map.of(), freshFor, words);
    }

    List<Path> cachedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("hosts-down.txt")).toList();
        }
    }

    @Test
    void aFreshValueIsReadFromTheCacheByTheNextRunWithoutAskingOrReparsing() throws Exception {
        server.on("/doc", Reply.ok("words: alpha beta", "ETag", "\"v1\""));
        Digested<List<String>> first = get(fetcher(false), "/doc", Duration.ofMinutes(10));
        assertThat(first.value()).containsExactly("alpha", "beta");
        assertThat(first.origin()).isEqualTo(Fetched.Origin.NETWORK);
        clock.advance(Duration.ofMinutes(9));
        Digested<List<String>> again = get(fetcher(false), "/doc", Duration.ofMinutes(10));
        assertThat(again.origin()).isEqualTo(Fetched.Origin.CACHE_FRESH);
        assertThat(again.value()).containsExactly("alpha", "beta");
        assertThat(again.fetchedAt()).isEqualTo(first.fetchedAt());
        assertThat(server.count("/doc")).as("requests for /doc").isEqualTo(1);
        assertThat(words.reads).as("bodies read").hasValue(1);
        assertThat(cachedFiles()).as("the cache holds the value, not the body").singleElement()
                .satisfies(p -> assertThat(p.toString()).endsWith(".digest"));
    }

    @Test
    void aStaleValueIsRevalidatedAndA304KeepsItWithoutReadingABody() {
        server.on("/doc", Reply.ok("words: alpha", "ETag", "\"v1\"", "Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT"),
                Reply.status(304));
        get(fetcher(false), "/doc", Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(11));
        Digested<List<String>> again = get(fetcher(false), "/doc", Duration.ofMinutes(10));
        assertThat(again.origin()).isEqualTo(Fetched.Origin.REVALIDATED);
        assertThat(again.value()).containsExactly("alpha");
        assertThat(again.fetchedAt()).isEqualTo(clock.instant());
        assertThat(words.reads).as("bodies read").hasValue(1);
        ReplayServer.Seen second = server.seen().get(1);
        assertThat(second.header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(second.header("If-Modified-Since")).isEqualTo("Wed, 21 Oct 2026 07:28:00 GMT");
        clock.advance(Duration.ofMinutes(9));
        assertThat(get(fetcher(false), "/doc", Duration.ofMinutes(10)).origin())
                .as("the 304 made the value fresh again").isEqualTo(Fetched.Origin.CACHE_FRESH);
        assertThat(server.count("/doc")).isEqualTo(2);
    }

    @Test
    void aChangedDocumentReplacesTheValue() {
        server.on("/doc", Reply.ok("words: old", "ETag", "\"v1\""), Reply.ok("words: new", "ETag", "\"v2\""), Reply.status(304));
        get(fetcher(false), "/doc", Duration.ZERO);
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(fetcher(false), "/doc", Duration.ZERO).value()).containsExactly("new");
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(fetcher(false), "/doc", Duration.ZERO).value()).containsExactly("new");
        assertThat(server.seen().get(2).header("If-None-Match")).isEqualTo("\"v2\"");
    }

    @Test
    void aDamagedOrCutOffCacheFileIsAMissAndIsReplaced() throws Exception {
        server.on("/doc", Reply.ok("words: one two three"));
        get(fetcher(false), "/doc", Duration.ofHours(1));
        Path file = cachedFiles().get(0);
        byte[] whole = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 5));
        assertThat(get(fetcher(false), "/doc", Duration.ofHours(1)).origin()).as("after cutting the file").isEqualTo(Fetched.Origin.NETWORK);

        byte[] flipped = Files.readAllBytes(file);
        flipped[flipped.length - 12] ^= 0x20; // inside the value: the checksum disagrees
        Files.write(file, flipped);
        assertThat(get(fetcher(false), "/doc", Duration.ofHours(1)).origin()).as("after damaging the value").isEqualTo(Fetched.Origin.NETWORK);

        Files.write(file, new byte[0]);
        Digested<List<String>> again = get(fetcher(false), "/doc", Duration.ofHours(1));
        assertThat(again.origin()).as("after emptying the file").isEqualTo(Fetched.Origin.NETWORK);
        assertThat(again.value()).containsExactly("one", "two", "three");
        assertThat(Files.readAllBytes(file)).as("the entry is whole again").isEqualTo(whole);
        assertThat(get(fetcher(false), "/doc", Duration.ofHours(1)).origin()).isEqualTo(Fetched.Origin.CACHE_FRESH);
    }

    @Test
    void aBodyCachedBeforeDigestsIsDeletedOnceTheValueIsStored() throws Exception {
        server.on("/doc", Reply.ok("words: from before"));
        fetcher(false).get(server.uri("/doc"), Map.of(), Duration.ZERO);
        assertThat(cachedFiles()).as("body and metadata").hasSize(2);
        clock.advance(Duration.ofSeconds(1));
        get(fetcher(false), "/doc", Duration.ZERO);
        assertThat(cachedFiles()).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".digest"));
    }

    @Test
    void aValueTheDigestNoLongerReadsIsAMiss() throws Exception {
        server.on("/doc", Reply.ok("words: a b"));
        get(fetcher(false), "/doc", Duration.ofHours(1));
        Digest<List<String>> stricter = new Words() {
            @Override
            public List<String> readCached(DataInput in) throws IOException {
                throw new IOException("format changed");
            }
        };
        Digested<List<String>> got = fetcher(false).get(server.uri("/doc"), Map.of(), Duration.ofHours(1), stricter);
        assertThat(got.origin()).isEqualTo(Fetched.Origin.NETWORK);
        assertThat(server.count("/doc")).isEqualTo(2);
    }

    @Test
    void anUnreadableBodyFallsBackToTheCachedValueAndIsNotCached() {
        server.on("/doc", Reply.ok("words: kept"), Reply.ok("<html>proxy error</html>"));
        get(fetcher(false), "/doc", Duration.ZERO);
        clock.advance(Duration.ofHours(2));
        Digested<List<String>> got = get(fetcher(false), "/doc", Duration.ZERO);
        assertThat(got.origin()).isEqualTo(Fetched.Origin.CACHE_STALE);
        assertThat(got.value()).containsExactly("kept");
        assertThat(got.note()).contains("not a word list").contains("cached 2 h ago");
        assertThat(slept).as("an unreadable body is not retried").isEmpty();
        assertThat(get(fetcher(true), "/doc", Duration.ZERO).value()).as("the cache after the failure").containsExactly("kept");
    }

    @Test
    void anUnreadableBodyWithNothingCachedIsSourceUnavailable() {
        server.on("/doc", Reply.ok("<html>proxy error</html>"));
        assertThatThrownBy(() -> get(fetcher(false), "/doc", Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("/doc").hasMessageContaining("not a word list");
        assertThat(server.count("/doc")).isEqualTo(1);
    }

    @Test
    void aCutOffTransferIsRetried() {
        server.on("/doc", Reply.truncated("words: never whole", 9), Reply.ok("words: whole"));
        Digested<List<String>> got = get(fetcher(false), "/doc", Duration.ZERO);
        assertThat(got.value()).containsExactly("whole");
        assertThat(slept).as("one retry after the cut").hasSize(1);
    }

    @Test
    void gzipIsInflatedWhileStreaming() throws Exception {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(buf)) {
            gz.write("words: packed".getBytes(StandardCharsets.UTF_8));
        }
        server.on("/gz", Reply.ok(buf.toByteArray(), "Content-Encoding", "gzip"));
        assertThat(get(fetcher(false), "/gz", Duration.ZERO).value()).containsExactly("packed");
    }

    @Test
    void notFoundRetriesAndOfflineBehaveAsForBodies() {
        assertThatThrownBy(() -> get(fetcher(false), "/missing", Duration.ZERO)).isInstanceOf(NotFoundException.class);
        server.on("/flaky", Reply.status(503), Reply.ok("words: later"));
        assertThat(get(fetcher(false), "/flaky", Duration.ZERO).value()).containsExactly("later");
        assertThat(slept).containsExactly(Duration.ofMillis(100));
        clock.advance(Duration.ofDays(2));
        Digested<List<String>> offline = get(fetcher(true), "/flaky", Duration.ofHours(1));
        assertThat(offline.origin()).isEqualTo(Fetched.Origin.CACHE_STALE);
        assertThat(offline.note()).contains("offline").contains("2 days");
        assertThatThrownBy(() -> get(fetcher(true), "/other", Duration.ZERO))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("not cached");
    }

    @Test
    void freshnessSettingsOverrideTheSourcesDefault() {
        server.on("/doc", Reply.ok("words: a", "ETag", "\"v1\""), Reply.status(304));
        HttpFetcher defaults = fetcher(Freshness.DEFAULTS);
        assertThat(defaults.freshFor("npm", Duration.ofHours(1))).isEqualTo(Duration.ofHours(1));
        HttpFetcher custom = fetcher(new Freshness(Duration.ofMinutes(5), Map.of("npm", Duration.ofDays(1))));
        assertThat(custom.freshFor("npm", Duration.ofHours(1))).isEqualTo(Duration.ofDays(1));
        assertThat(custom.freshFor("pypi", Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(5));

        HttpFetcher refresh = fetcher(Freshness.REFRESH);
        get(refresh, "/doc", refresh.freshFor("npm", Duration.ofHours(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(get(refresh, "/doc", refresh.freshFor("npm", Duration.ofHours(1))).origin())
                .as("a refreshing run revalidates a value a second old").isEqualTo(Fetched.Origin.REVALIDATED);
    }

    @Test
    void aHostThatRefusesConnectionsIsNotAskedByTheNextRunsForTenMinutes() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort(); // closed on return: nothing listens there any more
        }
        URI dead = URI.create("http://127.0.0.1:" + port + "/doc");
        assertThatThrownBy(() -> fetcher(false).get(dead, Map.of(), Duration.ZERO, words)).hasMessageContaining("connection refused");
        clock.advance(Duration.ofMinutes(3));
        assertThatThrownBy(() -> fetcher(false).get(dead, Map.of(), Duration.ZERO, words))
                .as("the next run, while the host is remembered as down")
                .hasMessageContaining("connection refused 3 min ago").hasMessageContaining("not asked again for 7 min");
        assertThatThrownBy(() -> fetcher(Freshness.REFRESH).get(dead, Map.of(), Duration.ZERO, words))
                .as("a refreshing run asks again").hasMessageContaining("connection refused").hasMessageNotContaining("ago");
        clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> fetcher(false).get(dead, Map.of(), Duration.ZERO, words))
                .as("eleven minutes after the last try the host is asked again").hasMessageContaining("connection refused").hasMessageNotContaining("ago");
    }
}
