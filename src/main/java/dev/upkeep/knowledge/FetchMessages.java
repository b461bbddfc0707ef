package dev.upkeep.knowledge;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What {@link HttpFetcher} and {@link Retries} say about a fetch, in one place so every path
 * (bodies, digests, POSTs) words its failures alike: URLs without credentials, I/O errors in a few
 * plain words, and the age of a cached copy used instead.
 */
final class FetchMessages {
    private FetchMessages() {}

    /** A URL without user info or query string, safe to print (tokens hide in both). */
    static String safe(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath();
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        if (m != null && (m.contains("EOF") || m.contains("closed") || m.contains("fixed content-length") || m.contains("cut off"))) {
            return "the response was cut off";
        }
        return m == null ? e.getClass().getSimpleName() : m;
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
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }

    static NotFoundException notFound(URI uri, int status) {
        return new NotFoundException(safe(uri) + ": not found (HTTP " + status + ")");
    }

    static SourceUnavailableException offlineNotCached(URI uri) {
        return new SourceUnavailableException(uri.getHost() + ": offline and " + safe(uri)
                + " is not cached (run 'upkeep db update' online first)");
    }

    /** The note on a cached copy answered offline past its freshness; null while it is fresh. */
    static String offlineNote(Instant fetchedAt, boolean fresh, Instant now) {
        return fresh ? null : "offline: using the copy cached " + Ages.human(Duration.between(fetchedAt, now)) + " ago";
    }

    /** The note on a cached copy answered because the origin failed. */
    static String staleNote(URI uri, String failure, Instant fetchedAt, Instant now) {
        return uri.getHost() + " failed (" + failure + "); using the copy cached " + Ages.human(Duration.between(fetchedAt, now)) + " ago";
    }
}
