package dev.upkeep.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

/**
 * Response bodies asked for with {@code Accept-Encoding: gzip} and inflated on arrival. The JDK
 * client neither asks for nor decodes compression; registry documents (npm packuments run to tens
 * of megabytes) shrink five to ten times, which is most of a cold run's time.
 */
final class Gzip {
    static final HttpResponse.BodyHandler<byte[]> HANDLER = info -> gzip(info.headers())
            ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), Gzip::inflate)
            : HttpResponse.BodySubscribers.ofByteArray();

    /**
     * A 2xx body as a stream, to be read as it arrives (see {@link #inflating}); the body of any
     * other status (a redirect, an error page) is dropped.
     */
    static final HttpResponse.BodyHandler<InputStream> STREAM = info -> info.statusCode() / 100 == 2
            ? HttpResponse.BodySubscribers.ofInputStream()
            : HttpResponse.BodySubscribers.replacing(InputStream.nullInputStream());

    private Gzip() {}

    /** The body of a {@link #STREAM} response, inflated when the headers say it is gzip-encoded. */
    static InputStream inflating(java.net.http.HttpHeaders headers, InputStream body) throws IOException {
        return gzip(headers) ? new GZIPInputStream(body, 64 << 10) : body;
    }

    private static boolean gzip(java.net.http.HttpHeaders headers) {
        return headers.firstValue("Content-Encoding").map(v -> v.strip().equalsIgnoreCase("gzip")).orElse(false);
    }

    static byte[] inflate(byte[] compressed) {
        if (compressed.length == 0) {
            return compressed;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 64 << 10)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the response was cut off or is not valid gzip: " + e.getMessage(), e);
        }
    }
}
