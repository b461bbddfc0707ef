package dev.upkeep.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

/**
 * Response bodies asked for with {@code Accept-Encoding: gzip} and inflated on arrival. The JDK
 * client neither asks for nor decodes compression; registry documents (npm packuments run to tens
 * of megabytes) shrink five to ten times, which is most of a cold run's time.
 */
final class Gzip {
    static final HttpResponse.BodyHandler<byte[]> HANDLER = info -> {
        boolean gzip = info.headers().firstValue("Content-Encoding").map(v -> v.strip().equalsIgnoreCase("gzip")).orElse(false);
        return gzip ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), Gzip::inflate)
                : HttpResponse.BodySubscribers.ofByteArray();
    };

    private Gzip() {}

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
