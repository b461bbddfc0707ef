package dev.upkeep.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Imported data snapshots, kept beside the HTTP cache: {@code snapshots/<source>/…} plus a manifest
 * saying, per source, where each snapshot came from, when it was imported and how old its data
 * is. Sources read here when they are offline or their origin fails.
 */
public final class Snapshots {
    /** One imported snapshot. */
    public record Entry(String source, String from, Instant importedAt, Instant dataAsOf, long records) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public Snapshots(Path cacheDir) {
        this.dir = cacheDir.resolve("snapshots");
    }

    /** The folder holding one source's snapshot ({@code endoflife}, {@code osv}). */
    public Path dir(String source) {
        return dir.resolve(source);
    }

    public Map<String, Entry> manifest() {
        Map<String, Entry> out = new TreeMap<>();
        Path m = dir.resolve("manifest.json");
        if (!Files.isRegularFile(m)) {
            return out;
        }
        try {
            JsonNode root = JSON.readTree(m.toFile());
            root.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                out.put(e.getKey(), new Entry(e.getKey(), v.path("from").asText(), Instant.parse(v.path("importedAt").asText()),
                        v.hasNonNull("dataAsOf") ? Instant.parse(v.path("dataAsOf").asText()) : null, v.path("records").asLong()));
            });
        } catch (IOException | RuntimeException e) {
            return out; // a damaged manifest reads as empty; the next import rewrites it
        }
        return out;
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(manifest().get(key));
    }

    /** Records an import under {@code key} (a source, or a source and a sub-part: {@code osv/PyPI}). */
    public synchronized void record(String key, Entry entry) throws IOException {
        Map<String, Entry> all = manifest();
        all.put(key, entry);
        ObjectNode root = JSON.createObjectNode();
        all.forEach((k, e) -> {
            ObjectNode o = root.putObject(k);
            o.put("from", e.from());
            o.put("importedAt", e.importedAt().toString());
            o.put("dataAsOf", e.dataAsOf() == null ? null : e.dataAsOf().toString());
            o.put("records", e.records());
        });
        Files.createDirectories(dir);
        DiskCache.atomicWrite(dir.resolve("manifest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
