package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
 * the cache answers.
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

    /** Tuning: timeouts, retries, the longest wait a Retry-After may impose, concurrent requests. */
    public record Settings(Duration connectTimeout, Duration requestTimeout, int attempts, Duration firstBackoff,
            Duration maxRetryAfter, int maxConcurrent) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(20), 3, Duration.ofMillis(500),
                    Duration.ofSeconds(30), 16);
        }
    }

    /** Response headers kept with a body (lower case): pagination and content type, never credentials. */
    static final List<String> KEPT_HEADERS = List.of("content-type", "link");

    /** What to do with the disk cache and with a 401, per call. */
    private enum Mode { CACHED, CHALLENGE, NO_STORE }

    private final HttpClient client;
    private final DiskCache cache;
    private final Clock clock;
    private final Settings settings;
    private final Sleeper sleeper;
    private final boolean offline;
    private final Semaphore permits;
    /** Hosts that refused connections or do not resolve, with why: not asked again in this run. */
    private final Map<String, String> downHosts = new java.util.concurrent.ConcurrentHashMap<>();

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
        // Redirects are followed by hand (see Redirects): the JDK client would forward Authorization to any host.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(requireNonNull(proxies, "proxies is null"))
                .build();
    }

    public boolean offline() {
        return offline;
    }

    public Clock clock() {
        return clock;
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
            throw new SourceUnavailableException(uri.getHost() + ": offline, and " + safe(uri) + " is never cached");
        }
        return withPermit(uri, () -> fetch(uri, headers, Optional.empty(), Mode.NO_STORE));
    }

    private Fetched request(URI uri, Map<String, String> headers, Duration freshFor, Mode mode) {
        Optional<DiskCache.Entry> cached = cache.get(uri);
        Instant now = clock.instant();
        if (cached.isPresent() && (offline || !cached.get().fetchedAt().plus(freshFor).isBefore(now))) {
            DiskCache.Entry e = cached.get();
            boolean fresh = !e.fetchedAt().plus(freshFor).isBefore(now);
            return new Fetched(uri, e.body(), e.fetchedAt(), fresh ? Fetched.Origin.CACHE_FRESH : Fetched.Origin.CACHE_STALE,
                    fresh ? null : "offline: using the copy cached " + Ages.human(Duration.between(e.fetchedAt(), now)) + " ago",
                    e.headers());
        }
        if (offline) {
            throw new SourceUnavailableException(uri.getHost() + ": offline and " + safe(uri) + " is not cached (run 'upkeep db update' online first)");
        }
        return withPermit(uri, () -> fetch(uri, headers, cached, mode));
    }

    private Fetched withPermit(URI uri, java.util.function.Supplier<Fetched> call) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("interrupted while waiting to fetch " + safe(uri), e);
        }
        try {
            return call.get();
        } finally {
            permits.release();
        }
    }

    private Fetched fetch(URI uri, Map<String, String> headers, Optional<DiskCache.Entry> cached, Mode mode) {
        String failure = downHosts.get(uri.getHost() + ":" + uri.getPort());
        boolean unreachable = failure != null;
        Duration backoff = settings.firstBackoff();
        for (int attempt = 1; attempt <= settings.attempts() && !unreachable; attempt++) {
            Duration wait = backoff;
            try {
                HttpResponse<byte[]> resp = Redirects.send(client, uri, headers, (target, sent) -> request(target, sent, cached));
                int status = resp.statusCode();
                Instant now = clock.instant();
                if (status == 304 && cached.isPresent()) {
                    cache.touch(uri, cached.get(), now);
                    return new Fetched(uri, cached.get().body(), now, Fetched.Origin.REVALIDATED, null, cached.get().headers());
                }
                if (status >= 200 && status < 300) {
                    Map<String, String> kept = kept(resp);
                    if (mode != Mode.NO_STORE) {
                        cache.put(uri, new DiskCache.Entry(resp.body(), resp.headers().firstValue("ETag").orElse(null),
                                resp.headers().firstValue("Last-Modified").orElse(null), now, kept));
                    }
                    return new Fetched(uri, resp.body(), now, Fetched.Origin.NETWORK, null, kept);
                }
                if (status == 404 || status == 410) {
                    throw new NotFoundException(safe(uri) + ": not found (HTTP " + status + ")");
                }
                Optional<String> challenge = resp.headers().firstValue("WWW-Authenticate");
                if (status == 401 && mode == Mode.CHALLENGE && challenge.isPresent()) {
                    throw new UnauthorizedException(safe(uri) + ": " + uri.getHost() + " asks for credentials (HTTP 401)", challenge.get());
                }
                failure = "HTTP " + status;
                if (status == 429 || status >= 500) {
                    Optional<Duration> retryAfter = retryAfter(resp.headers().firstValue("Retry-After").orElse(null), now);
                    if (retryAfter.isPresent()) {
                        if (retryAfter.get().compareTo(settings.maxRetryAfter()) > 0) {
                            failure += " (asked to retry after " + Ages.human(retryAfter.get()) + ")";
                            break;
                        }
                        wait = retryAfter.get();
                    }
                } else {
                    break; // 4xx other than 429: asking again will not help
                }
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + Ages.human(settings.requestTimeout());
            } catch (java.net.ConnectException | java.net.UnknownHostException e) {
                // Nobody listens there: retrying this request, or asking this host again in this run, only waits.
                failure = describe(e);
                downHosts.putIfAbsent(uri.getHost() + ":" + uri.getPort(), failure);
                break;
            } catch (IOException e) {
                failure = describe(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailableException("interrupted while fetching " + safe(uri), e);
            }
            if (attempt < settings.attempts()) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoff = backoff.multipliedBy(2);
            }
        }
        if (cached.isPresent()) {
            DiskCache.Entry e = cached.get();
            return new Fetched(uri, e.body(), e.fetchedAt(), Fetched.Origin.CACHE_STALE,
                    uri.getHost() + " failed (" + failure + "); using the copy cached "
                            + Ages.human(Duration.between(e.fetchedAt(), clock.instant())) + " ago", e.headers());
        }
        throw new SourceUnavailableException(uri.getHost() + " failed (" + failure + ") for " + safe(uri)
                + (mode == Mode.NO_STORE ? "" : " and nothing is cached"));
    }

    private HttpRequest request(URI target, Map<String, String> headers, Optional<DiskCache.Entry> cached) {
        HttpRequest.Builder req = HttpRequest.newBuilder(target).GET().timeout(settings.requestTimeout())
                .header("User-Agent", "upkeep (+https://github.com/upkeep)");
        headers.forEach(req::header);
        cached.ifPresent(e -> {
            if (e.etag() != null) {
                req.header("If-None-Match", e.etag());
            }
            if (e.lastModified() != null) {
                req.header("If-Modified-Since", e.lastModified());
            }
        });
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

    /** Parses Retry-After: delta seconds or an HTTP date. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException e) {
            try {
                Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, when);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (java.time.format.DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        if (m != null && (m.contains("EOF") || m.contains("closed") || m.contains("fixed content-length"))) {
            return "the response was cut off";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** A URL without user info or query string, safe to print (tokens hide in both). */
    static String safe(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath();
    }
}
