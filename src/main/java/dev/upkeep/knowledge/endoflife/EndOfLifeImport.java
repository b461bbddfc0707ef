package dev.upkeep.knowledge.endoflife;

import dev.upkeep.domain.UpkeepException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports a folder shaped like the endoflife.date API v1 ({@code products.json} and
 * {@code products/<name>.json}) as the offline lifecycle snapshot. Every product file is parsed
 * first; the snapshot is replaced only when all of them read, by building it beside the old one
 * and swapping folders, so a failed import leaves the previous snapshot intact.
 */
public final class EndOfLifeImport {
    /** What was imported. */
    public record Result(int products, Instant dataAsOf) {}

    private EndOfLifeImport() {}

    public static boolean looksLikeSnapshot(Path dir) {
        return Files.isDirectory(dir.resolve("products"));
    }

    public static Result importDir(Path from, Path target) throws IOException {
        Path products = from.resolve("products");
        List<Path> files;
        try (Stream<Path> s = Files.list(products)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw UpkeepException.input(from + ": no products/*.json files; not an endoflife.date API v1 folder");
        }
        Instant newest = null;
        for (Path f : files) {
            try {
                EndOfLifeJson.productDocument(Files.readAllBytes(f), f.toString());
                var generated = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile()).path("generated_at");
                if (generated.isTextual()) {
                    Instant g = java.time.OffsetDateTime.parse(generated.asText()).toInstant();
                    newest = newest == null || g.isAfter(newest) ? g : newest;
                }
            } catch (IOException | RuntimeException e) {
                throw UpkeepException.input(f + ": " + e.getMessage() + " (nothing imported)");
            }
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".endoflife-import");
        Files.createDirectories(staging.resolve("products"));
        for (Path f : files) {
            Files.copy(f, staging.resolve("products").resolve(f.getFileName()));
        }
        if (Files.isRegularFile(from.resolve("products.json"))) {
            Files.copy(from.resolve("products.json"), staging.resolve("products.json"));
        }
        Path old = parent.resolve(".endoflife-old-" + System.nanoTime());
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        return new Result(files.size(), newest);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
