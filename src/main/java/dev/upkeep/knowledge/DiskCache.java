package dev.upkeep.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * HTTP responses on disk, keyed by URL: the body and a small metadata file (validators and when
 * the origin last confirmed the body); or, for a {@link Digest}, the digested value and the same
 * metadata in one file. Every write goes to a temporary file first and is renamed into place, so a
 * crash never leaves a half-written entry; a damaged entry reads as absent.
 */
public final class DiskCache {
    /**
     * One cached response.
     *
     * @param headers the few response headers a source reads besides the body ({@code Link} for
     *     pagination, {@code Content-Type}), never credentials
     */
    public record Entry(byte[] body, String etag, String lastModified, Instant fetchedAt, Map<String, String> headers) {
        public Entry {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        public Entry(byte[] body, String etag, String lastModified, Instant fetchedAt) {
            this(body, etag, lastModified, fetchedAt, Map.of());
        }
    }

    /**
     * A cached {@link Digest} value, still encoded.
     *
     * @param value what {@link Digest#write} wrote
     */
    public record DigestEntry(byte[] value, String etag, String lastModified, Instant fetchedAt) {
        public DigestEntry {
            java.util.Objects.requireNonNull(value, "value is null");
            java.util.Objects.requireNonNull(fetchedAt, "fetchedAt is null");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DIGEST_MAGIC = 0x55504b44; // "UPKD"

    private final Path dir;

    public DiskCache(Path dir) {
        this.dir = dir;
    }

    /** The default location: $UPKEEP_CACHE_DIR, else $XDG_CACHE_HOME/upkeep, else ~/.cache/upkeep. */
    public static Path defaultDir(Map<String, String> env) {
        if (env.containsKey("UPKEEP_CACHE_DIR")) {
            return Path.of(env.get("UPKEEP_CACHE_DIR"));
        }
        if (env.containsKey("XDG_CACHE_HOME")) {
            return Path.of(env.get("XDG_CACHE_HOME"), "upkeep");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "upkeep");
    }

    public Path dir() {
        return dir;
    }

    public Optional<Entry> get(URI uri) {
        Path meta = file(uri, ".json");
        Path body = file(uri, ".body");
        try {
            if (!Files.isRegularFile(meta) || !Files.isRegularFile(body)) {
                return Optional.empty();
            }
            JsonNode m = JSON.readTree(meta.toFile());
            if (!uri.toString().equals(m.path("url").asText())) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(body);
            if (bytes.length != m.path("size").asLong(-1)) {
                return Optional.empty(); // body and metadata disagree: treat as a miss
            }
            Map<String, String> headers = new TreeMap<>();
            m.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
            return Optional.of(new Entry(bytes, text(m, "etag"), text(m, "lastModified"),
                    Instant.parse(m.path("fetchedAt").asText()), headers));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void put(URI uri, Entry entry) throws IOException {
        Files.createDirectories(file(uri, ".body").getParent());
        ObjectNode m = JSON.createObjectNode();
        m.put("url", uri.toString());
        m.put("size", entry.body().length);
        m.put("etag", entry.etag());
        m.put("lastModified", entry.lastModified());
        m.put("fetchedAt", entry.fetchedAt().toString());
        if (!entry.headers().isEmpty()) {
            ObjectNode h = m.putObject("headers");
            new TreeMap<>(entry.headers()).forEach(h::put);
        }
        // Body first, metadata last: an entry counts only once both agree on the size.
        atomicWrite(file(uri, ".body"), entry.body());
        atomicWrite(file(uri, ".json"), JSON.writeValueAsBytes(m));
    }

    /** Marks a cached entry as confirmed current at {@code when} (after a 304). */
    public void touch(URI uri, Entry entry, Instant when) throws IOException {
        put(uri, new Entry(entry.body(), entry.etag(), entry.lastModified(), when, entry.headers()));
    }

    /**
     * The value cached for {@code uri} by the digest named {@code digestId}. A file that is cut
     * off, damaged (its checksum disagrees), or written for another URL or digest reads as absent.
     */
    public Optional<DigestEntry> getDigest(URI uri, String digestId) {
        Path file = digestFile(uri, digestId);
        try {
            ByteReader in = new ByteReader(Files.readAllBytes(file));
            if (in.readInt() != DIGEST_MAGIC || !in.readUTF().equals(uri.toString()) || !in.readUTF().equals(digestId)) {
                return Optional.empty();
            }
            String etag = in.readBoolean() ? in.readUTF() : null;
            String lastModified = in.readBoolean() ? in.readUTF() : null;
            Instant fetchedAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
            byte[] value = new byte[in.readInt()];
            in.readFully(value);
            CRC32 crc = new CRC32();
            crc.update(value);
            if (in.readLong() != crc.getValue() || !in.atEnd()) {
                return Optional.empty();
            }
            return Optional.of(new DigestEntry(value, etag, lastModified, fetchedAt));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // absent, cut off or damaged: a miss
        }
    }

    /**
     * Stores a digested value for {@code uri}, replacing the previous one whole. A body cached for
     * the same URL by an earlier version of upkeep (before it kept digests) is deleted: it is
     * never read again.
     */
    public void putDigest(URI uri, String digestId, DigestEntry entry) throws IOException {
        Path file = digestFile(uri, digestId);
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream buf = new ByteArrayOutputStream(entry.value().length + 256);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeInt(DIGEST_MAGIC);
            out.writeUTF(uri.toString());
            out.writeUTF(digestId);
            optional(out, entry.etag());
            optional(out, entry.lastModified());
            out.writeLong(entry.fetchedAt().getEpochSecond());
            out.writeInt(entry.fetchedAt().getNano());
            out.writeInt(entry.value().length);
            out.write(entry.value());
            CRC32 crc = new CRC32();
            crc.update(entry.value());
            out.writeLong(crc.getValue());
        }
        atomicWrite(file, buf.toByteArray());
        Files.deleteIfExists(file(uri, ".json"));
        Files.deleteIfExists(file(uri, ".body"));
    }

    private static void optional(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private Path digestFile(URI uri, String digestId) {
        String key = sha256(digestId + " " + uri);
        return dir.resolve("http").resolve(key.substring(0, 2)).resolve(key + ".digest");
    }

    private Path file(URI uri, String suffix) {
        String key = sha256(uri.toString());
        return dir.resolve("http").resolve(key.substring(0, 2)).resolve(key + suffix);
    }

    static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String text(JsonNode m, String field) {
        JsonNode n = m.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
