package dev.upkeep.knowledge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The retry loop {@link HttpFetcher}'s GET and POST share, and the hosts found unreachable in this
 * run (refused connections, names that do not resolve), which are not asked again.
 */
final class Retries {
    private final HttpFetcher.Settings settings;
    private final HttpFetcher.Sleeper sleeper;
    private final Clock clock;
    /** Hosts that refused connections or do not resolve, with why: not asked again in this run. */
    private final Map<String, String> downHosts = new ConcurrentHashMap<>();

    Retries(HttpFetcher.Settings settings, HttpFetcher.Sleeper sleeper, Clock clock) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** The last answer of a retried exchange, or why there was none. */
    record Outcome(HttpResponse<byte[]> response, String failure) {}

    /** Sends one request (following its redirects); called once per attempt. */
    interface Attempt {
        HttpResponse<byte[]> send() throws IOException, InterruptedException;
    }

    /**
     * Sends until the answer is final, for GET and POST alike: 429 and 5xx, timeouts and broken
     * connections are retried, after the server's {@code Retry-After} when it gives one (unless
     * it asks for longer than {@code maxRetryAfter}), else with exponential backoff. Any other
     * status is final and returned as it is. A refused connection or an unknown host is final too,
     * for this request and every later one to that host.
     */
    Outcome run(URI uri, Attempt attempt) {
        String failure = downHosts.get(uri.getHost() + ":" + uri.getPort());
        if (failure != null) {
            return new Outcome(null, failure);
        }
        Duration backoff = settings.firstBackoff();
        for (int n = 1; n <= settings.attempts(); n++) {
            Duration wait = backoff;
            try {
                HttpResponse<byte[]> resp = attempt.send();
                int status = resp.statusCode();
                if (status != 429 && status < 500) {
                    return new Outcome(resp, null);
                }
                failure = "HTTP " + status;
                Optional<Duration> retryAfter = HttpFetcher.retryAfter(resp.headers().firstValue("Retry-After").orElse(null), clock.instant());
                if (retryAfter.isPresent()) {
                    if (retryAfter.get().compareTo(settings.maxRetryAfter()) > 0) {
                        failure += " (asked to retry after " + Ages.human(retryAfter.get()) + ")";
                        break;
                    }
                    wait = retryAfter.get();
                }
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + Ages.human(settings.requestTimeout());
            } catch (java.net.ConnectException | java.net.UnknownHostException e) {
                // Nobody listens there: retrying this request, or asking this host again in this run, only waits.
                failure = HttpFetcher.describe(e);
                downHosts.putIfAbsent(uri.getHost() + ":" + uri.getPort(), failure);
                break;
            } catch (IOException e) {
                failure = HttpFetcher.describe(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailableException("interrupted while fetching " + HttpFetcher.safe(uri), e);
            }
            if (n < settings.attempts()) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoff = backoff.multipliedBy(2);
            }
        }
        return new Outcome(null, failure);
    }
}
