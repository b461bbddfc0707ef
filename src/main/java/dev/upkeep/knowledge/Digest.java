package dev.upkeep.knowledge;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;

/**
 * What a source keeps of a response instead of its body: {@link HttpFetcher#get(java.net.URI,
 * java.util.Map, java.time.Duration, Digest)} hands the body to {@link #read} as it arrives and
 * caches only the value, with the response's validators. A warm run then reads a few kilobytes
 * per document instead of re-parsing the whole body (an npm packument can weigh 20 MB; what
 * drift needs of it is a few percent), and a {@code 304} keeps the cached value as it is.
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <T> the value; immutable
 */
public interface Digest<T> {
    /**
     * Names the value's format, with a version ({@code npm-packument/1}). Values are cached per
     * URL and id: change the id whenever {@link #write} changes, and old entries become misses.
     */
    String id();

    /**
     * Reads a response body, streamed as it arrives.
     *
     * @throws IOException the body is unusable (not JSON, cut off); an exception thrown by the
     *     stream itself is a broken transfer and is retried, any other is final
     */
    T read(InputStream body) throws IOException;

    /** Writes a value for the cache. */
    void write(T value, DataOutput out) throws IOException;

    /**
     * Reads back what {@link #write} wrote.
     *
     * @throws IOException the bytes are not such a value (the entry then counts as absent)
     */
    T readCached(DataInput in) throws IOException;
}
