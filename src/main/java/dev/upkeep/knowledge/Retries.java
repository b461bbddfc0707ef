package dev.upkeep.knowledge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The retry loop {@link HttpFetcher}'s GET and POST share, and the hosts found unreachable
 * (refused connections, names that do not resolve, connect timeouts), which are not asked again
 * for a while ({@link DownHosts}).
 */
final class Retries {
    private final HttpFetcher.Settings settings;
    private final HttpFetcher.Sleeper sleeper;
    private final Clock clock;
    private final DownHosts downHosts;

    Retries(HttpFetcher.Settings settings, HttpFetcher.Sleeper sleeper, Clock clock, DownHosts downHosts) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        this.downHosts = downHosts;
    }

    /** The last answer of a retried exchange, or why there was none. */
    record Outcome<B>(HttpResponse<B> response, String failure) {}

    /**
     * Sends one request (following its redirects); called once per attempt. An {@link IOException}
     * (also one thrown while reading a streamed body) fails this attempt.
     */
    interface Attempt<B> {
        HttpResponse<B> send() throws IOException, InterruptedException;
    }

    /**
     * Sends until the answer is final, for GET and POST alike: 429 and 5xx, timeouts and broken
     * connections are retried, after the server's {@code Retry-After} when it gives one (unless
     * it asks for longer than {@code maxRetryAfter}), else with exponential backoff. Any other
     * status is final and returned as it is. A refused connection, an unknown host or a connect
     * timeout is final too, for this request and every later one to that host.
     */
    <B> Outcome<B> run(URI uri, Attempt<B> attempt) {
        String host = uri.getHost() + ":" + uri.getPort();
        Optional<String> down = downHosts.failure(host);
        if (down.isPresent()) {
            return new Outcome<>(null, down.get());
        }
        String failure = null;
        Duration backoff = settings.firstBackoff();
        for (int n = 1; n <= settings.attempts(); n++) {
            Duration wait = backoff;
            try {
                HttpResponse<B> resp = attempt.send();
                int status = resp.statusCode();
                if (status != 429 && status < 500) {
                    return new Outcome<>(resp, null);
                }
                failure = "HTTP " + status;
                Optional<Duration> retryAfter = FetchMessages.retryAfter(resp.headers().firstValue("Retry-After").orElse(null), clock.instant());
                if (retryAfter.isPresent()) {
                    if (retryAfter.get().compareTo(settings.maxRetryAfter()) > 0) {
                        failure += " (asked to retry after " + Ages.human(retryAfter.get()) + ")";
                        break;
                    }
                    wait = retryAfter.get();
                }
            } catch (java.net.http.HttpConnectTimeoutException e) {
                // Nothing answers there at all: as for a refused connection, waiting again only waits longer.
                failure = "no connection within " + Ages.human(settings.connectTimeout());
                downHosts.mark(host, failure);
                break;
            } catch (HttpTimeoutException e) {
                failure = "no answer within " + Ages.human(settings.requestTimeout());
            } catch (java.net.ConnectException | java.net.UnknownHostException e) {
                // Nobody listens there: retrying this request, or asking this host again in this run, only waits.
                failure = FetchMessages.describe(e);
                downHosts.mark(host, failure);
                break;
            } catch (IOException e) {
                failure = FetchMessages.describe(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailableException("interrupted while fetching " + FetchMessages.safe(uri), e);
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
        return new Outcome<>(null, failure);
    }
}
