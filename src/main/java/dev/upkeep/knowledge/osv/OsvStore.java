package dev.upkeep.knowledge.osv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.knowledge.Advisory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imported OSV records on disk: one file per record ({@code records/<ID>.json}, the bytes as
 * published) and an index from (ecosystem, package) to record ids. Importing the same record
 * twice keeps the newer {@code modified}. The index is rewritten atomically after each import.
 */
public final class OsvStore {
    /** What one import did. */
    public record ImportResult(int read, int added, int updated, int skipped, List<String> problems, Instant newestModified) {}

    private final Path dir;
    private Map<String, Set<String>> index;

    public OsvStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public boolean exists() {
        return Files.isRegularFile(dir.resolve("index.tsv"));
    }

    /** Imports an OSV {@code all.zip} (or any zip of OSV JSON records). */
    public synchronized ImportResult importZip(Path zip) throws IOException {
        Files.createDirectories(dir.resolve("records"));
        Map<String, Set<String>> idx = new TreeMap<>(loadIndex());
        int read = 0;
        int added = 0;
        int updated = 0;
        int skipped = 0;
        List<String> problems = new ArrayList<>();
        Instant newest = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory() || !e.getName().endsWith(".json")) {
                    continue;
                }
                read++;
                byte[] bytes = readEntry(in, e.getName());
                JsonNode record;
                try {
                    record = OsvJson.JSON.readTree(bytes);
                } catch (IOException ex) {
                    problems.add(e.getName() + ": not JSON (" + ex.getMessage().lines().findFirst().orElse("") + ")");
                    continue;
                }
                String id = record.path("id").asText("");
                if (!id.matches("[A-Za-z0-9._:-]+")) {
                    problems.add(e.getName() + ": no usable id");
                    continue;
                }
                Path target = dir.resolve("records").resolve(id + ".json");
                String modified = record.path("modified").asText("");
                if (Files.isRegularFile(target)) {
                    String existing = OsvJson.JSON.readTree(target.toFile()).path("modified").asText("");
                    if (existing.compareTo(modified) >= 0) {
                        skipped++;
                        addToIndex(idx, record, id);
                        continue;
                    }
                    updated++;
                } else {
                    added++;
                }
                writeAtomically(target, bytes);
                addToIndex(idx, record, id);
                try {
                    Instant m = Instant.parse(modified);
                    newest = newest == null || m.isAfter(newest) ? m : newest;
                } catch (RuntimeException ignored) {
                    // a record without a parseable modified time still counts; it just does not date the snapshot
                }
            }
        }
        writeIndex(idx);
        index = idx;
        return new ImportResult(read, added, updated, skipped, problems, newest);
    }

    /** The advisories naming this package (ecosystem as OSV writes it); withdrawn records are left out. */
    public synchronized List<Advisory> lookup(String ecosystem, String name, String source) throws IOException {
        Set<String> ids = loadIndex().getOrDefault(OsvNames.key(ecosystem, name), Set.of());
        List<Advisory> out = new ArrayList<>();
        for (String id : ids) {
            record(id, source).ifPresent(out::add);
        }
        return out;
    }

    /** One imported record by id, unless it is absent or withdrawn. */
    public Optional<Advisory> record(String id, String source) throws IOException {
        if (!id.matches("[A-Za-z0-9._:-]+")) {
            return Optional.empty();
        }
        Path f = dir.resolve("records").resolve(id + ".json");
        return Files.isRegularFile(f) ? OsvJson.parseCurrent(Files.readAllBytes(f), source) : Optional.empty();
    }

    /** How many records the store holds. */
    public synchronized int size() throws IOException {
        Set<String> all = new java.util.HashSet<>();
        loadIndex().values().forEach(all::addAll);
        return all.size();
    }

    private Map<String, Set<String>> loadIndex() throws IOException {
        if (index == null) {
            Map<String, Set<String>> idx = new HashMap<>();
            Path f = dir.resolve("index.tsv");
            if (Files.isRegularFile(f)) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String[] p = line.split("\t");
                    if (p.length == 3) {
                        idx.computeIfAbsent(p[0] + "\t" + p[1], k -> new LinkedHashSet<>()).add(p[2]);
                    }
                }
            }
            index = idx;
        }
        return index;
    }

    private static void addToIndex(Map<String, Set<String>> idx, JsonNode record, String id) {
        for (JsonNode a : record.path("affected")) {
            JsonNode pkg = a.path("package");
            if (pkg.hasNonNull("ecosystem") && pkg.hasNonNull("name")) {
                idx.computeIfAbsent(OsvNames.key(pkg.path("ecosystem").asText(), pkg.path("name").asText()),
                        k -> new LinkedHashSet<>()).add(id);
            }
        }
    }

    private void writeIndex(Map<String, Set<String>> idx) throws IOException {
        Path tmp = Files.createTempFile(dir, ".index", ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (var e : new TreeMap<>(idx).entrySet()) {
                for (String id : e.getValue()) {
                    w.write(e.getKey() + "\t" + id + "\n");
                }
            }
        }
        Files.move(tmp, dir.resolve("index.tsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] readEntry(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes(32 << 20);
        if (in.read() != -1) {
            throw new IOException(name + ": record larger than 32 MiB");
        }
        return bytes;
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".rec", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
