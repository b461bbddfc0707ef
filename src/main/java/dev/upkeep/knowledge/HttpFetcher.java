package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;

/**
 * GET with a disk cache, the way a polite client talks to a registry: a fresh cached copy is used
 * without asking; a stale one is revalidated with {@code If-None-Match}/{@code If-Modified-Since};
 * 429 and 5xx are retried with exponential backoff, honouring {@code Retry-After}; a dead, slow or
 * broken origin falls back to the cached copy and says so. Concurrency is bounded. Offline, only
 * the cache answers. Query APIs get an uncached {@link #post} with the same retries.
 *
 * <p>Request headers such as {@code Authorization} are sent but never logged or put in messages,
 * and never follow a redirect to another origin.
 */
public final class HttpFetcher {
    /** Waits between retries; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    /**
     * Tuning: timeouts, retries, the longest wait a Retry-After may impose, concurrent requests,
     * and how long cached answers stay fresh ({@link #freshFor}).
     */
    public record Settings(Duration connectTimeout, Duration requestTimeout, int attempts, Duration firstBackoff,
            Duration maxRetryAfter, int maxConcurrent, Freshness freshness) {
        public Settings {
            requireNonNull(freshness, "freshness is null");
        }

        /** Settings with each source's own freshness. */
        public Settings(Duration connectTimeout, Duration requestTimeout, int attempts, Duration firstBackoff,
                Duration maxRetryAfter, int maxConcurrent) {
            this(connectTimeout, requestTimeout, attempts, firstBackoff, maxRetryAfter, maxConcurrent, Freshness.DEFAULTS);
        }

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(20), 3, Duration.ofMillis(500),
                    Duration.ofSeconds(30), 16);
        }

        public Settings withFreshness(Freshness f) {
            return new Settings(connectTimeout, requestTimeout, attempts, firstBackoff, maxRetryAfter, maxConcurrent, f);
        }
    }

    /** Response headers kept with a body (lower case): pagination and content type, never credentials. */
    static final List<String> KEPT_HEADERS = List.of("content-type", "link");

    /** What to do with the disk cache and with a 401, per call. */
    private enum Mode { CACHED, CHALLENGE, NO_STORE }

    private static final String USER_AGENT = "upkeep (+https://github.com/upkeep)";

    /** Built on first use ({@link HttpClients}): a run answered from the cache never pays for TLS set-up. */
    private volatile HttpClient[] clients;
    private final ProxySelector proxies;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    private final DiskCache cache;
    private final Clock clock;
    private final Settings settings;
    private final Sleeper sleeper;
    private final boolean offline;
    private final Semaphore permits;
    private final Retries retries;

    /** A fetcher using the JDK's default proxy selector (system properties, not environment variables). */
    public HttpFetcher(DiskCache cache, Clock clock, Settings settings, Sleeper sleeper, boolean offline) {
        this(cache, clock, settings, sleeper, offline, ProxySelector.getDefault());
    }

    /** @param proxies chooses the proxy per request, e.g. {@link EnvProxySelector#fromEnv} */
    public HttpFetcher(DiskCache cache, Clock clock, Settings settings, Sleeper sleeper, boolean offline, ProxySelector proxies) {
        this.cache = requireNonNull(cache, "cache is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
        this.offline = offline;
        this.permits = new Semaphore(settings.maxConcurrent());
        this.retries = new Retries(settings, sleeper, clock,
                new DownHosts(cache.dir().resolve("hosts-down.txt"), clock, settings.freshness().refreshesAll()));
        this.proxies = requireNonNull(proxies, "proxies is null");
    }

    public boolean offline() {
        return offline;
    }

    public Clock clock() {
        return clock;
    }

    /** How long {@code source}'s cached answers stay fresh: its own default unless the settings say otherwise. */
    public Duration freshFor(String source, Duration sourceDefault) {
        return settings.freshness().of(source, sourceDefault);
    }

    /**
     * Fetches {@code uri}. {@code freshFor} is how long a cached copy may be used without asking.
     *
     * @throws NotFoundException the origin says 404/410 (not cached as an outage)
     * @throws SourceUnavailableException nothing usable: offline and not cached, or the origin
     *     failed and nothing is cached
     */
    public Fetched get(URI uri, Map<String, String> headers, Duration freshFor) {
        return request(uri, headers, freshFor, Mode.CACHED);
    }

    /**
     * Like {@link #get}, except that a 401 carrying a {@code WWW-Authenticate} challenge is not
     * covered by the cached copy: it is thrown, so the caller can obtain credentials and call
     * {@link #get} again with them (the Docker registry token flow).
     *
     * @throws UnauthorizedException the origin answered 401 with a challenge
     */
    public Fetched getOrChallenge(URI uri, Map<String, String> headers, Duration freshFor) {
        return request(uri, headers, freshFor, Mode.CHALLENGE);
    }

    /**
     * GET with the same timeouts, retries and concurrency bound, but never read from or written to
     * the disk cache: for responses that carry credentials, such as registry tokens.
     */
    public Fetched getNoStore(URI uri, Map<String, String> headers) {
        if (offline) {
            throw new SourceUnavailableException(uri.getHost() + ": offline, and " + FetchMessages.safe(uri) + " is never cached");
        }
        return withPermit(uri, () -> fetch(uri, headers, Optional.empty(), Mode.NO_STORE));
    }

    /**
     * Fetches {@code uri} and keeps only what {@code digest} reads of it: the body is streamed into
     * {@link Digest#read} as it arrives, and the cache holds the value (with the response's
     * validators) instead of the body. Freshness, revalidation (a {@code 304} keeps the cached
     * value), retries and fallbacks are those of {@link #get(URI, Map, Duration)}; a body the
     * digest cannot read is a failure of the origin, which falls back to the cached value when
     * there is one. A broken transfer is retried.
     *
     * @throws NotFoundException the origin says 404/410
     * @throws SourceUnavailableException nothing usable: offline and not cached, or the origin
     *     failed (or sent something unreadable) and nothing is cached
     */
    public <T> Digested<T> get(URI uri, Map<String, String> headers, Duration freshFor, Digest<T> digest) {
        DigestBodies.Cached<T> cached = cache.getDigest(uri, digest.id()).map(e -> DigestBodies.decode(digest, e)).orElse(null);
        Instant now = clock.instant();
        if (cached != null && (offline || fresh(cached.entry().fetchedAt(), freshFor, now))) {
            Instant at = cached.entry().fetchedAt();
            boolean fresh = fresh(at, freshFor, now);
            return new Digested<>(uri, cached.value(), at, fresh ? Fetched.Origin.CACHE_FRESH : Fetched.Origin.CACHE_STALE,
                    FetchMessages.offlineNote(at, fresh, now));
        }
        if (offline) {
            throw FetchMessages.offlineNotCached(uri);
        }
        return withPermit(uri, () -> fetchDigest(uri, headers, cached, digest));
    }

    private <T> Digested<T> fetchDigest(URI uri, Map<String, String> headers, DigestBodies.Cached<T> cached, Digest<T> digest) {
        String etag = cached == null ? null : cached.entry().etag();
        String lastModified = cached == null ? null : cached.entry().lastModified();
        java.util.concurrent.atomic.AtomicReference<T> read = new java.util.concurrent.atomic.AtomicReference<>();
        Retries.Outcome<InputStream> o;
        try {
            o = retries.run(uri, () -> {
                HttpResponse<InputStream> r = Redirects.send(client(), uri, headers,
                        (target, sent) -> request(target, sent, etag, lastModified), Gzip.STREAM);
                if (r.statusCode() / 100 == 2) {
                    read.set(DigestBodies.read(digest, r));
                }
                return r;
            });
        } catch (DigestBodies.Unreadable e) {
            o = new Retries.Outcome<>(null, e.getMessage());
        }
        String failure = o.failure();
        if (o.response() != null) {
            int status = o.response().statusCode();
            Instant now = clock.instant();
            if (status == 304 && cached != null) {
                DiskCache.DigestEntry e = cached.entry();
                store(() -> cache.putDigest(uri, digest.id(), new DiskCache.DigestEntry(e.value(), e.etag(), e.lastModified(), now)));
                return new Digested<>(uri, cached.value(), now, Fetched.Origin.REVALIDATED, null);
            }
            if (status >= 200 && status < 300) {
                T value = read.get();
                HttpResponse<InputStream> resp = o.response();
                store(() -> cache.putDigest(uri, digest.id(), new DiskCache.DigestEntry(DigestBodies.encode(digest, value),
                        resp.headers().firstValue("ETag").orElse(null), resp.headers().firstValue("Last-Modified").orElse(null), now)));
                return new Digested<>(uri, value, now, Fetched.Origin.NETWORK, null);
            }
            if (status == 404 || status == 410) {
                throw FetchMessages.notFound(uri, status);
            }
            failure = "HTTP " + status;
        }
        if (cached != null) {
            Instant at = cached.entry().fetchedAt();
            return new Digested<>(uri, cached.value(), at, Fetched.Origin.CACHE_STALE,
                    FetchMessages.staleNote(uri, failure, at, clock.instant()));
        }
        throw new SourceUnavailableException(uri.getHost() + " failed (" + failure + ") for " + FetchMessages.safe(uri) + " and nothing is cached");
    }

    private Fetched request(URI uri, Map<String, String> headers, Duration freshFor, Mode mode) {
        Optional<DiskCache.Entry> cached = cache.get(uri);
        Instant now = clock.instant();
        if (cached.isPresent() && (offline || fresh(cached.get().fetchedAt(), freshFor, now))) {
            DiskCache.Entry e = cached.get();
            boolean fresh = fresh(e.fetchedAt(), freshFor, now);
            return new Fetched(uri, e.body(), e.fetchedAt(), fresh ? Fetched.Origin.CACHE_FRESH : Fetched.Origin.CACHE_STALE,
                    FetchMessages.offlineNote(e.fetchedAt(), fresh, now), e.headers());
        }
        if (offline) {
            throw FetchMessages.offlineNotCached(uri);
        }
        return withPermit(uri, () -> fetch(uri, headers, cached, mode));
    }

    /**
     * POSTs a JSON body (a query, such as OSV's {@code querybatch}) with the same timeouts,
     * retries, {@code Retry-After} handling, redirect rules and concurrency bound as {@link #get};
     * a redirect is followed with the same body. The answer is never cached: it belongs to this
     * query and this run.
     *
     * @throws NotFoundException the origin says 404/410
     * @throws SourceUnavailableException offline, or no usable answer after the retries
     */
    public Fetched post(URI uri, byte[] json, Map<String, String> headers) {
        requireNonNull(json, "json is null");
        if (offline) {
            throw new SourceUnavailableException(uri.getHost() + ": offline, and a query to " + FetchMessages.safe(uri) + " is never cached");
        }
        return withPermit(uri, () -> {
            Retries.Outcome<byte[]> o = retries.run(uri, () -> Redirects.send(client(), uri, headers, (target, sent) -> {
                HttpRequest.Builder req = HttpRequest.newBuilder(target).POST(HttpRequest.BodyPublishers.ofByteArray(json))
                        .timeout(settings.requestTimeout()).header("User-Agent", USER_AGENT).header("Accept-Encoding", "gzip")
                        .header("Content-Type", "application/json");
                sent.forEach(req::header);
                return req.build();
            }));
            String failure = o.failure();
            if (o.response() != null) {
                int status = o.response().statusCode();
                if (status >= 200 && status < 300) {
                    return new Fetched(uri, o.response().body(), clock.instant(), Fetched.Origin.NETWORK, null, kept(o.response()));
                }
                if (status == 404 || status == 410) {
                    throw FetchMessages.notFound(uri, status);
                }
                failure = "HTTP " + status;
            }
            throw new SourceUnavailableException(uri.getHost() + " failed (" + failure + ") for POST " + FetchMessages.safe(uri));
        });
    }

    /** The next client, round robin; the clients are built on first use. */
    private HttpClient client() {
        HttpClient[] cs = clients;
        if (cs == null) {
            synchronized (this) {
                if (clients == null) {
                    clients = HttpClients.create(settings, proxies);
                }
                cs = clients;
            }
        }
        return cs[Math.floorMod(next.getAndIncrement(), cs.length)];
    }

    private <R> R withPermit(URI uri, java.util.function.Supplier<R> call) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("interrupted while waiting to fetch " + FetchMessages.safe(uri), e);
        }
        try {
            return call.get();
        } finally {
            permits.release();
        }
    }

    private Fetched fetch(URI uri, Map<String, String> headers, Optional<DiskCache.Entry> cached, Mode mode) {
        String etag = cached.map(DiskCache.Entry::etag).orElse(null);
        String lastModified = cached.map(DiskCache.Entry::lastModified).orElse(null);
        Retries.Outcome<byte[]> o = retries.run(uri, () -> Redirects.send(client(), uri, headers, (target, sent) -> request(target, sent, etag, lastModified)));
        String failure = o.failure();
        if (o.response() != null) {
            HttpResponse<byte[]> resp = o.response();
            int status = resp.statusCode();
            Instant now = clock.instant();
            if (status == 304 && cached.isPresent()) {
                store(() -> cache.touch(uri, cached.get(), now));
                return new Fetched(uri, cached.get().body(), now, Fetched.Origin.REVALIDATED, null, cached.get().headers());
            }
            if (status >= 200 && status < 300) {
                Map<String, String> kept = kept(resp);
                if (mode != Mode.NO_STORE) {
                    store(() -> cache.put(uri, new DiskCache.Entry(resp.body(), resp.headers().firstValue("ETag").orElse(null),
                            resp.headers().firstValue("Last-Modified").orElse(null), now, kept)));
                }
                return new Fetched(uri, resp.body(), now, Fetched.Origin.NETWORK, null, kept);
            }
            if (status == 404 || status == 410) {
                throw FetchMessages.notFound(uri, status);
            }
            Optional<String> challenge = resp.headers().firstValue("WWW-Authenticate");
            if (status == 401 && mode == Mode.CHALLENGE && challenge.isPresent()) {
                throw new UnauthorizedException(FetchMessages.safe(uri) + ": " + uri.getHost() + " asks for credentials (HTTP 401)", challenge.get());
            }
            failure = "HTTP " + status; // 4xx other than 429: asking again will not help
        }
        if (cached.isPresent()) {
            DiskCache.Entry e = cached.get();
            return new Fetched(uri, e.body(), e.fetchedAt(), Fetched.Origin.CACHE_STALE,
                    FetchMessages.staleNote(uri, failure, e.fetchedAt(), clock.instant()), e.headers());
        }
        throw new SourceUnavailableException(uri.getHost() + " failed (" + failure + ") for " + FetchMessages.safe(uri)
                + (mode == Mode.NO_STORE ? "" : " and nothing is cached"));
    }

    /** Whether a copy fetched at {@code at} may still answer without asking. */
    private static boolean fresh(Instant at, Duration freshFor, Instant now) {
        return !at.plus(freshFor).isBefore(now);
    }

    private interface CacheWrite {
        void run() throws IOException;
    }

    /** Writes to the cache; a failed write loses only the copy, never the answer in hand. */
    private static void store(CacheWrite write) {
        try {
            write.run();
        } catch (IOException ignored) {
            // the next run fetches again
        }
    }

    private HttpRequest request(URI target, Map<String, String> headers, String etag, String lastModified) {
        HttpRequest.Builder req = HttpRequest.newBuilder(target).GET().timeout(settings.requestTimeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept-Encoding", "gzip");
        headers.forEach(req::header);
        if (etag != null) {
            req.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            req.header("If-Modified-Since", lastModified);
        }
        return req.build();
    }

    private static Map<String, String> kept(HttpResponse<?> resp) {
        Map<String, String> out = new TreeMap<>();
        for (String name : KEPT_HEADERS) {
            List<String> values = resp.headers().allValues(name);
            if (!values.isEmpty()) {
                out.put(name, String.join(", ", values));
            }
        }
        return out;
    }
}
