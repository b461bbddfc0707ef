package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;

/**
 * How {@link HttpFetcher} hands bodies to a {@link Digest} and keeps its values: decoding a cached
 * value, reading a streamed body, encoding a value for the cache.
 */
final class DigestBodies {
    private DigestBodies() {}

    /** A cached digest value that decoded. */
    record Cached<T>(T value, DiskCache.DigestEntry entry) {}

    /** A body the digest could not read: not retried; the origin's failure. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The cached value, or {@code null} when it no longer decodes (then it counts as absent). */
    static <T> Cached<T> decode(Digest<T> digest, DiskCache.DigestEntry e) {
        try {
            ByteReader in = new ByteReader(e.value());
            T value = digest.readCached(in);
            return value != null && in.atEnd() ? new Cached<>(value, e) : null;
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    /**
     * Hands a streamed 2xx body to the digest and reads it to its end. Failures of the transfer (a
     * connection cut mid-body) are thrown as they are, so the attempt is retried; anything else
     * the digest refuses is {@link Unreadable}.
     */
    static <T> T read(Digest<T> digest, HttpResponse<InputStream> resp) throws IOException {
        Transfer transfer = new Transfer(resp.body());
        try (InputStream body = Gzip.inflating(resp.headers(), transfer)) {
            T value = requireNonNull(digest.read(body), "digest.read returned null");
            body.transferTo(OutputStream.nullOutputStream()); // to the end, so a cut-off transfer shows
            return value;
        } catch (IOException e) {
            if (transfer.failed) {
                throw e;
            }
            String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new Unreadable("the answer cannot be read: " + (m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m)), e);
        }
    }

    static <T> byte[] encode(Digest<T> digest, T value) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            digest.write(value, out);
        }
        return buf.toByteArray();
    }

    /** A response body that remembers whether reading it failed (the transfer, not what was read). */
    private static final class Transfer extends FilterInputStream {
        volatile boolean failed;

        Transfer(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }
}
